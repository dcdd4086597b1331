<?php
/**
 * The site's providers: saved JSON in our format, or an Open Referral UK list that this site
 * fetches (never the visitor's browser) and keeps in a transient. Nothing about visitors is kept.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const ADVOCACY_WIDGETS_ORUK_TRANSIENT = 'advocacy_widgets_oruk';
/** How long a fetched Open Referral UK list is kept, and how long a failure waits before a retry. */
const ADVOCACY_WIDGETS_ORUK_TTL       = 12 * HOUR_IN_SECONDS;
const ADVOCACY_WIDGETS_ORUK_RETRY     = 15 * MINUTE_IN_SECONDS;
const ADVOCACY_WIDGETS_ORUK_TIMEOUT   = 5;
const ADVOCACY_WIDGETS_ORUK_MAX_BYTES = 2000000;

/**
 * The providers as decoded JSON, ready to give to the elements (our format or Open Referral UK),
 * or null when the site has none.
 *
 * @return mixed
 */
function advocacy_widgets_providers_data() {
	$s = advocacy_widgets_settings();
	if ( 'json' === $s['providers_from'] && '' !== $s['providers_json'] ) {
		$value = json_decode( $s['providers_json'], true, 32 );
		return JSON_ERROR_NONE === json_last_error() ? $value : null;
	}
	if ( 'oruk' === $s['providers_from'] && '' !== $s['oruk_url'] ) {
		return advocacy_widgets_oruk_data( $s['oruk_url'] );
	}
	return null;
}

/**
 * The providers as a list of records (our format's fields, or Open Referral UK's).
 *
 * @return array<int, array<string, mixed>>
 */
function advocacy_widgets_site_providers() {
	$data = advocacy_widgets_providers_data();
	if ( ! is_array( $data ) ) {
		return array();
	}
	if ( isset( $data['providers'] ) && is_array( $data['providers'] ) ) {
		$list = $data['providers'];
	} elseif ( isset( $data['content'] ) && is_array( $data['content'] ) ) {
		$list = $data['content']; // An Open Referral UK page of services.
	} elseif ( isset( $data['name'] ) ) {
		$list = array( $data );
	} else {
		$list = $data;
	}
	return array_values( array_filter( $list, 'is_array' ) );
}

/**
 * A provider's id as the widgets' reader gives it: its own id, else made from its name.
 *
 * @param array<string, mixed> $provider A record.
 * @param int                  $index    Its place in the list, from 0.
 * @return string
 */
function advocacy_widgets_provider_id( $provider, $index ) {
	if ( isset( $provider['id'] ) && is_string( $provider['id'] ) && preg_match( '/^[A-Za-z0-9][A-Za-z0-9_-]*$/', $provider['id'] ) ) {
		return $provider['id'];
	}
	$name = isset( $provider['name'] ) && is_string( $provider['name'] ) ? $provider['name'] : '';
	$slug = trim( (string) preg_replace( '/[^a-z\d]+/', '-', strtolower( remove_accents( $name ) ) ), '-' );
	$slug = rtrim( substr( $slug, 0, 60 ), '-' );
	return '' !== $slug ? $slug : 'provider-' . ( $index + 1 );
}

/**
 * The data for one element: all the site's providers, or those with the ids asked for.
 *
 * @param string[] $ids Provider ids; empty for all.
 * @return mixed Decoded JSON, or null.
 */
function advocacy_widgets_providers_for( $ids ) {
	$data = advocacy_widgets_providers_data();
	// An Open Referral UK list goes to the card whole: the card's reader knows its shape.
	if ( null === $data || ! $ids || 'oruk' === advocacy_widgets_settings()['providers_from'] ) {
		return $data;
	}
	$chosen = array();
	foreach ( advocacy_widgets_site_providers() as $index => $provider ) {
		if ( in_array( advocacy_widgets_provider_id( $provider, $index ), $ids, true ) ) {
			$chosen[] = $provider;
		}
	}
	return array( 'providers' => $chosen );
}

/**
 * An Open Referral UK list, from the transient or fetched with a timeout. A failure is kept for
 * a short while too, so that a slow directory does not slow every page.
 *
 * @param string $url The https:// address an administrator saved.
 * @return mixed Decoded JSON, or null.
 */
function advocacy_widgets_oruk_data( $url ) {
	$cached = get_transient( ADVOCACY_WIDGETS_ORUK_TRANSIENT );
	if ( is_array( $cached ) && isset( $cached['url'] ) && $cached['url'] === $url ) {
		return $cached['data'];
	}
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => ADVOCACY_WIDGETS_ORUK_TIMEOUT,
			'redirection'         => 2,
			'limit_response_size' => ADVOCACY_WIDGETS_ORUK_MAX_BYTES,
			'headers'             => array( 'Accept' => 'application/json' ),
		)
	);
	$data = null;
	if ( ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response ) ) {
		$decoded = json_decode( wp_remote_retrieve_body( $response ), true, 32 );
		$data    = is_array( $decoded ) ? $decoded : null;
	}
	set_transient(
		ADVOCACY_WIDGETS_ORUK_TRANSIENT,
		array(
			'url'  => $url,
			'data' => $data,
		),
		null === $data ? ADVOCACY_WIDGETS_ORUK_RETRY : ADVOCACY_WIDGETS_ORUK_TTL
	);
	return $data;
}

/** Forgets the fetched Open Referral UK list, so that the next page fetches it again. */
function advocacy_widgets_forget_oruk() {
	delete_transient( ADVOCACY_WIDGETS_ORUK_TRANSIENT );
}

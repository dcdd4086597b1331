<?php
/**
 * Lets everyone who may write posts also write the elements themselves, with their documented
 * attributes and nothing else. Never <script>, in any form: provider data reaches the page
 * through the blocks and shortcodes, rendered by the server, not through saved markup.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Each element's attributes, from the API reference (docs/api.md).
 *
 * @return array<string, string[]>
 */
function advocacy_widgets_element_attributes() {
	$common = array( 'lang', 'dir', 'class', 'id', 'nation', 'heading-level', 'easy-read', 'kiosk', 'language-switcher', 'idle-seconds', 'idle-countdown' );
	return array(
		'advocacy-explainer'    => array_merge( $common, array( 'types', 'open' ) ),
		'advocacy-quiz'         => array_merge( $common, array( 'providers-src' ) ),
		'advocacy-contact-card' => array_merge(
			$common,
			array(
				'name',
				'organisation',
				'phone',
				'sms',
				'textphone',
				'relay-uk',
				'referral-help-by-phone',
				'email',
				'website',
				'referral-url',
				'map-url',
				'address',
				'hours',
				'services',
				'areas',
				'nations',
				'who-can-refer',
				'languages',
				'single-point-of-access',
				'single-point-of-access-note',
				'alert',
				'last-checked',
				'src',
				'timeout',
				'service',
				'area',
				'no-json-ld',
			)
		),
	);
}

add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		foreach ( advocacy_widgets_element_attributes() as $tag => $names ) {
			$tags[ $tag ] = array_fill_keys( $names, true );
		}
		// Whatever else asked for it, script stays out of what people without unfiltered_html save.
		unset( $tags['script'] );
		return $tags;
	},
	20,
	2
);

// Links the elements fetch are checked like any src or href: http(s) only.
add_filter(
	'wp_kses_uri_attributes',
	function ( $attributes ) {
		return array_merge( (array) $attributes, array( 'providers-src', 'website', 'referral-url', 'map-url' ) );
	}
);

// A post that uses the elements directly needs the script too.
add_filter(
	'the_content',
	function ( $content ) {
		if ( is_string( $content ) && false !== strpos( $content, '<advocacy-' ) ) {
			advocacy_widgets_enqueue( 'default' );
		}
		return $content;
	},
	// After do_blocks and do_shortcode: only raw elements are left to find, but any will do.
	20
);

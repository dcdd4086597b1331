<?php
/**
 * The markup of the three elements, shared by the blocks and the shortcodes, and the script and
 * theme files they need, enqueued only on pages that use them.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const ADVOCACY_WIDGETS_TAGS = array( 'advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card' );

add_action( 'init', 'advocacy_widgets_register_assets' );

/** Registers the drop-in script and the theme files; nothing is printed until a page uses them. */
function advocacy_widgets_register_assets() {
	$s = advocacy_widgets_settings();
	if ( 'cdn' === $s['script_from'] && '' !== $s['cdn_url'] && '' !== $s['cdn_integrity'] ) {
		// The CDN address names its version; a ?ver= would not change the file.
		$src     = $s['cdn_url'];
		$version = null;
	} else {
		$src     = plugins_url( 'assets/js/advocacy-widgets.js', ADVOCACY_WIDGETS_FILE );
		$version = ADVOCACY_WIDGETS_VERSION;
	}
	$args = version_compare( get_bloginfo( 'version' ), '6.3', '>=' )
		? array(
			'strategy'  => 'defer',
			'in_footer' => false,
		)
		: false;
	wp_register_script( 'advocacy-widgets', $src, array(), $version, $args );
	foreach ( array( 'govuk', 'nhs' ) as $theme ) {
		wp_register_style( 'advocacy-widgets-theme-' . $theme, plugins_url( 'assets/themes/' . $theme . '.css', ADVOCACY_WIDGETS_FILE ), array(), ADVOCACY_WIDGETS_VERSION );
	}
}

add_filter( 'script_loader_tag', 'advocacy_widgets_script_tag', 10, 2 );

/**
 * Adds integrity to the script from a CDN, and defer where WordPress is older than 6.3.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function advocacy_widgets_script_tag( $tag, $handle ) {
	if ( 'advocacy-widgets' !== $handle ) {
		return $tag;
	}
	$s     = advocacy_widgets_settings();
	$extra = '';
	if ( 'cdn' === $s['script_from'] && '' !== $s['cdn_url'] && '' !== $s['cdn_integrity'] ) {
		$extra .= ' integrity="' . esc_attr( $s['cdn_integrity'] ) . '" crossorigin="anonymous"';
	}
	if ( ! preg_match( '/\sdefer[\s=>]/', $tag ) ) {
		$extra .= ' defer';
	}
	return '' === $extra ? $tag : preg_replace( '/<script\b/', '<script' . $extra, $tag, 1 );
}

/**
 * Loads the script, and a theme's colours, on this page.
 *
 * @param string $theme A theme id, or "default".
 */
function advocacy_widgets_enqueue( $theme = 'default' ) {
	wp_enqueue_script( 'advocacy-widgets' );
	if ( in_array( $theme, array( 'govuk', 'nhs' ), true ) ) {
		wp_enqueue_style( 'advocacy-widgets-theme-' . $theme );
	}
}

// The block editor shows the blocks in an iframe (apiVersion 3): the script and themes go there too.
add_action(
	'enqueue_block_assets',
	function () {
		if ( is_admin() ) {
			advocacy_widgets_enqueue( 'govuk' );
			wp_enqueue_style( 'advocacy-widgets-theme-nhs' );
		}
	}
);

/**
 * Text from a block or shortcode attribute, entity-decoded once: WordPress's HTML filter saves
 * "Derby & District" as "Derby &amp; District", and escaping that again would show "&amp;".
 *
 * @param mixed $value The attribute's value.
 * @return string
 */
function advocacy_widgets_text( $value ) {
	if ( is_bool( $value ) || is_array( $value ) || is_object( $value ) || null === $value ) {
		return '';
	}
	return trim( html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/**
 * A list of ids from an array or from text separated by commas or spaces, keeping only the allowed.
 *
 * @param mixed         $value   An array or text.
 * @param string[]|null $allowed The ids allowed, or null for any id-like text.
 * @return string[]
 */
function advocacy_widgets_ids( $value, $allowed = null ) {
	$items = is_array( $value ) ? $value : preg_split( '/[\s,]+/', advocacy_widgets_text( $value ), -1, PREG_SPLIT_NO_EMPTY );
	$out   = array();
	foreach ( $items as $item ) {
		$item = advocacy_widgets_text( $item );
		if ( preg_match( '/^[A-Za-z0-9][A-Za-z0-9_-]*$/', $item ) && ( null === $allowed || in_array( $item, $allowed, true ) ) ) {
			$out[] = $item;
		}
	}
	return array_values( array_unique( $out ) );
}

/**
 * Whether a block or shortcode flag is on: true, "1", "yes", "true", or present without a value.
 *
 * @param mixed $value The attribute's value.
 * @return bool
 */
function advocacy_widgets_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( advocacy_widgets_text( $value ) ), array( '1', 'yes', 'true', 'on' ), true );
}

/**
 * The markup of one element. Every value is checked against what the element accepts and
 * escaped once; provider data goes in as JSON that cannot close its script element.
 *
 * @param string               $tag     One of ADVOCACY_WIDGETS_TAGS.
 * @param array<string, mixed> $options nation, lang, easyRead, headingLevel, theme, types,
 *                                      providers, service, area, showProviders, className.
 * @return string
 */
function advocacy_widgets_markup( $tag, $options ) {
	if ( ! in_array( $tag, ADVOCACY_WIDGETS_TAGS, true ) ) {
		return '';
	}
	$s      = advocacy_widgets_settings();
	$get    = function ( $key ) use ( $options ) {
		return isset( $options[ $key ] ) ? $options[ $key ] : null;
	};
	$nation = advocacy_widgets_text( $get( 'nation' ) );
	$nation = in_array( $nation, ADVOCACY_WIDGETS_NATIONS, true ) ? $nation : $s['nation'];
	$lang   = advocacy_widgets_text( $get( 'lang' ) );
	$lang   = in_array( $lang, ADVOCACY_WIDGETS_LANGUAGES, true ) ? $lang : $s['lang'];
	$theme  = advocacy_widgets_text( $get( 'theme' ) );
	$theme  = in_array( $theme, ADVOCACY_WIDGETS_THEMES, true ) ? $theme : $s['theme'];
	$level  = (int) advocacy_widgets_text( $get( 'headingLevel' ) );

	$attrs = array(
		'lang'          => $lang,
		'nation'        => $nation,
		'heading-level' => $level >= 3 && $level <= 6 ? (string) $level : '',
		'easy-read'     => advocacy_widgets_flag( $get( 'easyRead' ) ),
	);
	$classes = array();
	if ( 'default' !== $theme ) {
		$classes[] = 'advocacy-theme-' . $theme;
	}
	foreach ( preg_split( '/\s+/', advocacy_widgets_text( $get( 'className' ) ), -1, PREG_SPLIT_NO_EMPTY ) as $class ) {
		$classes[] = sanitize_html_class( $class );
	}
	$attrs['class'] = implode( ' ', array_filter( $classes ) );

	$data = null;
	if ( 'advocacy-explainer' === $tag ) {
		$attrs['types'] = implode( ' ', advocacy_widgets_ids( $get( 'types' ), advocacy_widgets_kind_ids() ) );
	} elseif ( 'advocacy-quiz' === $tag ) {
		$show = $get( 'showProviders' );
		if ( null === $show || advocacy_widgets_flag( $show ) ) {
			$data = advocacy_widgets_providers_for( array() );
		}
	} else {
		$service = advocacy_widgets_ids( $get( 'service' ), advocacy_widgets_kind_ids() );
		$attrs['service'] = $service ? $service[0] : '';
		$attrs['area']    = advocacy_widgets_text( $get( 'area' ) );
		if ( 'oruk' === $s['providers_from'] ) {
			$attrs['services'] = $s['oruk_services'];
		}
		$data = advocacy_widgets_providers_for( advocacy_widgets_ids( $get( 'providers' ) ) );
	}

	$html = '<' . $tag;
	foreach ( $attrs as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';
	if ( null !== $data ) {
		// JSON_HEX_TAG writes < and > as \u003C and \u003E, so "</script>" cannot appear inside.
		$json  = wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		$html .= '<script type="application/json">' . $json . '</script>';
	}
	if ( 'advocacy-contact-card' === $tag && is_array( $data ) ) {
		$html .= advocacy_widgets_fallback( $data, $level >= 3 && $level <= 6 ? $level : 2 );
	}
	/**
	 * Prerendered HTML (declarative shadow DOM) to place inside the element, so that a page
	 * served from a cache shows content before the script runs. Empty by default.
	 *
	 * @param string               $html    Trusted markup from the widgets' own build.
	 * @param string               $tag     The element.
	 * @param array<string, mixed> $attrs   Its attributes, as placed on it.
	 */
	$html .= (string) apply_filters( 'advocacy_widgets_prerendered_html', '', $tag, $attrs );
	$html .= '</' . $tag . '>';

	advocacy_widgets_enqueue( $theme );
	return $html;
}

/**
 * The providers as plain HTML inside the card: shown before the script runs and where it cannot.
 *
 * @param mixed $data  The providers' data.
 * @param int   $level The heading level.
 * @return string
 */
function advocacy_widgets_fallback( $data, $level ) {
	$list = isset( $data['providers'] ) && is_array( $data['providers'] ) ? $data['providers'] : ( isset( $data['name'] ) ? array( $data ) : $data );
	$html = '';
	foreach ( array_slice( (array) $list, 0, 200 ) as $p ) {
		if ( ! is_array( $p ) || empty( $p['name'] ) || ! is_string( $p['name'] ) ) {
			continue;
		}
		$lines = array();
		foreach (
			array(
				'phone'   => __( 'Phone', 'advocacy-widgets' ),
				'email'   => __( 'Email', 'advocacy-widgets' ),
				'website' => __( 'Website', 'advocacy-widgets' ),
			) as $field => $label
		) {
			if ( isset( $p[ $field ] ) && is_string( $p[ $field ] ) && '' !== $p[ $field ] ) {
				$lines[] = esc_html( $label . ': ' . $p[ $field ] );
			}
		}
		$html .= '<div><h' . $level . '>' . esc_html( $p['name'] ) . '</h' . $level . '>'
			. ( $lines ? '<p>' . implode( '<br>', $lines ) . '</p>' : '' ) . '</div>';
	}
	return $html;
}

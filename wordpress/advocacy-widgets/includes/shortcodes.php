<?php
/**
 * Shortcodes for the classic editor and page builders:
 *   [advocacy_explainer types="imha imca"]  [advocacy_quiz nation="wales"]  [advocacy_contact_card area="Derby"]
 * Both forms work: [advocacy_quiz] and [advocacy_quiz][/advocacy_quiz]. WordPress reads an
 * unclosed shortcode followed later by a closed one of the same name as one pair, which would
 * swallow the second; so any text between a pair is put back on the page, shortcodes and all.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Shortcode attribute names (as people type them) and the options they set. */
const ADVOCACY_WIDGETS_SHORTCODE_ATTRIBUTES = array(
	'nation'         => 'nation',
	'lang'           => 'lang',
	'language'       => 'lang',
	'easy_read'      => 'easyRead',
	'easy-read'      => 'easyRead',
	'heading_level'  => 'headingLevel',
	'heading-level'  => 'headingLevel',
	'theme'          => 'theme',
	'types'          => 'types',
	'providers'      => 'providers',
	'service'        => 'service',
	'area'           => 'area',
	'show_providers' => 'showProviders',
	'class'          => 'className',
);

add_action(
	'init',
	function () {
		foreach ( ADVOCACY_WIDGETS_TAGS as $tag ) {
			add_shortcode(
				str_replace( '-', '_', $tag ),
				function ( $atts, $content = null ) use ( $tag ) {
					return advocacy_widgets_shortcode( $tag, $atts, $content );
				}
			);
		}
	}
);

/**
 * One shortcode's output.
 *
 * @param string       $tag     The element.
 * @param array|string $atts    What WordPress parsed: named values, and flags (easy_read) by number.
 * @param string|null  $content Text between [x] and [/x], if any.
 * @return string
 */
function advocacy_widgets_shortcode( $tag, $atts, $content ) {
	$options = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			// A flag without a value, as in [advocacy_quiz easy_read].
			$key   = strtolower( (string) $value );
			$value = '1';
		}
		$key = strtolower( $key );
		if ( isset( ADVOCACY_WIDGETS_SHORTCODE_ATTRIBUTES[ $key ] ) ) {
			$options[ ADVOCACY_WIDGETS_SHORTCODE_ATTRIBUTES[ $key ] ] = $value;
		}
	}
	$html = advocacy_widgets_markup( $tag, $options );
	if ( null !== $content && '' !== trim( $content ) ) {
		$html .= do_shortcode( $content );
	}
	return $html;
}

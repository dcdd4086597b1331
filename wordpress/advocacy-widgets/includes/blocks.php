<?php
/**
 * The three blocks: server-rendered (so no markup of ours is saved in the post, and nothing
 * needs unfiltered_html), with sidebar controls and a live preview in the editor.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', 'advocacy_widgets_register_blocks' );

/** Registers the editor script and the blocks from their block.json files. */
function advocacy_widgets_register_blocks() {
	wp_register_script(
		'advocacy-widgets-blocks',
		plugins_url( 'assets/blocks.js', ADVOCACY_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		ADVOCACY_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'advocacy-widgets-blocks', 'advocacy-widgets' );
	foreach ( ADVOCACY_WIDGETS_TAGS as $tag ) {
		$slug = substr( $tag, strlen( 'advocacy-' ) );
		register_block_type(
			ADVOCACY_WIDGETS_DIR . '/blocks/' . $slug,
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					unset( $attributes['className'] );
					return '<div ' . get_block_wrapper_attributes() . '>' . advocacy_widgets_markup( $tag, $attributes ) . '</div>';
				},
			)
		);
	}
}

add_action(
	'enqueue_block_editor_assets',
	function () {
		$s         = advocacy_widgets_settings();
		$providers = array();
		foreach ( advocacy_widgets_site_providers() as $index => $provider ) {
			$providers[] = array(
				'id'   => advocacy_widgets_provider_id( $provider, $index ),
				'name' => isset( $provider['name'] ) && is_string( $provider['name'] ) ? $provider['name'] : '',
			);
		}
		$data = array(
			'defaults'    => array(
				'nation' => $s['nation'],
				'lang'   => $s['lang'],
				'theme'  => $s['theme'],
			),
			'languages'   => advocacy_widgets_language_names(),
			'themes'      => advocacy_widgets_theme_names(),
			'kinds'       => advocacy_widgets_kind_ids(),
			'providers'   => $providers,
			'tools'       => plugins_url( 'assets/js/tools/editor-tools.js', ADVOCACY_WIDGETS_FILE ),
			'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=advocacy-widgets' ) : '',
		);
		wp_add_inline_script( 'advocacy-widgets-blocks', 'window.advocacyWidgetsEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	}
);

<?php
/**
 * Removes what the plugin kept: its settings and the fetched Open Referral UK list, on every site
 * of a network. It kept nothing about visitors. Posts keep their blocks and shortcodes, which
 * then show nothing, until the plugin is installed again.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

$advocacy_widgets_clean = function () {
	delete_option( 'advocacy_widgets_settings' );
	delete_transient( 'advocacy_widgets_oruk' );
};

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $advocacy_widgets_site ) {
		switch_to_blog( $advocacy_widgets_site );
		$advocacy_widgets_clean();
		restore_current_blog();
	}
} else {
	$advocacy_widgets_clean();
}

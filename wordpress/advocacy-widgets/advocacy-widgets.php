<?php
/**
 * Plugin Name:       Advocacy widgets
 * Plugin URI:        https://github.com/advocacy-widgets/advocacy-widgets
 * Description:       Accessible blocks and shortcodes that help people in the UK understand and reach independent advocacy: an explainer, a "Which advocacy can I get?" quiz and local contact cards.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The advocacy-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       advocacy-widgets
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ADVOCACY_WIDGETS_VERSION', '0.1.0' );
define( 'ADVOCACY_WIDGETS_FILE', __FILE__ );
define( 'ADVOCACY_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/schema.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/providers.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/kses.php';

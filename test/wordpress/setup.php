<?php
/**
 * Runs inside the test's WordPress (mounted only there, never in the plugin): activates the
 * plugin, sets its providers, creates a user of each role, and saves posts as each of them the
 * way the block editor does (through the REST API, so WordPress's HTML filter runs as it would
 * for that person). Answers with JSON: the posts to open in the browser, and checks of the PHP
 * side that need no browser. Each check says what it expected and what it got.
 *
 * @package advocacy-widgets
 */

require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
require_once ABSPATH . 'wp-admin/includes/template.php';

header( 'Content-Type: application/json' );
$checks = array();
$check  = function ( $name, $ok, $detail = '' ) use ( &$checks ) {
	$checks[] = array(
		'name'   => $name,
		'ok'     => (bool) $ok,
		'detail' => is_string( $detail ) ? $detail : wp_json_encode( $detail ),
	);
};

// ---- Activate, as an administrator would: in a request of its own, so that the next one loads
// the plugin as every later request does.
$admin = get_user_by( 'login', 'admin' );
wp_set_current_user( $admin->ID );
if ( isset( $_GET['step'] ) && 'activate' === $_GET['step'] ) {
	$activated = activate_plugin( 'advocacy-widgets/advocacy-widgets.php' );
	$check( 'the plugin activates', ! is_wp_error( $activated ), is_wp_error( $activated ) ? $activated->get_error_message() : '' );
	echo wp_json_encode( array( 'checks' => $checks ) );
	exit;
}
if ( isset( $_GET['step'] ) && 'uninstall' === $_GET['step'] ) {
	set_transient( ADVOCACY_WIDGETS_ORUK_TRANSIENT, array( 'url' => 'x', 'data' => null ), 60 );
	deactivate_plugins( 'advocacy-widgets/advocacy-widgets.php' );
	uninstall_plugin( 'advocacy-widgets/advocacy-widgets.php' );
	$check( 'uninstalling deletes the settings and the fetched list', false === get_option( 'advocacy_widgets_settings' ) && false === get_transient( 'advocacy_widgets_oruk' ) );
	echo wp_json_encode( array( 'checks' => $checks ) );
	exit;
}
$check( 'the plugin is active', is_plugin_active( 'advocacy-widgets/advocacy-widgets.php' ) && function_exists( 'advocacy_widgets_markup' ) );
if ( ! function_exists( 'advocacy_widgets_markup' ) ) {
	echo wp_json_encode( array( 'checks' => $checks ) );
	exit;
}

// ---- Settings: checked with the schema, as options.php would save them -----------------------
$providers = array(
	'providers' => array(
		array(
			'id'       => 'derby',
			'name'     => 'Derby & District Advocacy',
			'services' => array( 'imha', 'imca', 'care-act' ),
			'areas'    => array( 'Derby & District' ),
			'nations'  => array( 'england', 'wales' ),
			'phone'    => '0306 999 0000',
			'email'    => 'hello@example.org',
			'website'  => 'https://example.org/advocacy',
		),
		array(
			'id'       => 'leeds',
			'name'     => 'Leeds "Speak Up" <Advocacy>',
			'services' => array( 'imha', 'community' ),
			'areas'    => array( 'Leeds' ),
			'nations'  => array( 'england', 'wales' ),
			'phone'    => '0113 496 0000',
		),
		array(
			'id'       => 'sheffield',
			'name'     => 'Sheffield Advocacy',
			'services' => array( 'imca' ),
			'nations'  => array( 'england' ),
			'phone'    => '0114 496 0000',
		),
	),
);
$good_json = wp_json_encode( $providers, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
$sanitize  = function ( $input ) {
	return advocacy_widgets_sanitize_settings( $input );
};
$saved     = $sanitize(
	array(
		'nation'         => 'england',
		'theme'          => 'default',
		'providers_from' => 'json',
		'providers_json' => $good_json,
		'script_from'    => 'plugin',
	)
);
$check( 'good provider JSON is kept', $saved['providers_json'] === $good_json && 'json' === $saved['providers_from'], $saved['providers_from'] );
update_option( ADVOCACY_WIDGETS_OPTION, $saved );

$schema = json_decode( file_get_contents( WP_PLUGIN_DIR . '/advocacy-widgets/assets/providers.schema.json' ), true );
$example = advocacy_widgets_check_providers_json( wp_json_encode( $schema['examples'][0] ) );
$check( "the schema's own example passes the PHP check", array() === $example['errors'], $example['errors'] );

$bad_cases = array(
	'not JSON'           => array( '{"providers": [', 'not valid JSON' ),
	'a misspelt field'   => array( '{"providers":[{"name":"A","phnoe":"0306 999 0000"}]}', 'phnoe' ),
	'a wrong phone'      => array( '{"providers":[{"name":"A","phone":"call us"}]}', 'phone' ),
	'an unknown nation'  => array( '{"providers":[{"name":"A","nations":["france"]}]}', 'england, wales' ),
	'an unknown kind'    => array( '{"providers":[{"name":"A","services":["legal"]}]}', 'imha' ),
	'no name'            => array( '{"providers":[{"phone":"0306 999 0000"}]}', '"name" is missing' ),
	'a bad postcode'     => array( '{"name":"A","address":{"lines":["1 Road"],"postcode":"12345"}}', 'postcode' ),
	'an impossible date' => array( '{"name":"A","lastChecked":"2026-02-30"}', 'lastChecked' ),
	'too long a name'    => array( wp_json_encode( array( 'name' => str_repeat( 'a', 151 ) ) ), '150' ),
);
foreach ( $bad_cases as $name => $case ) {
	$result = advocacy_widgets_check_providers_json( $case[0] );
	$joined = implode( ' | ', $result['errors'] );
	$check( "provider JSON with $name is refused, saying where", false !== strpos( $joined, $case[1] ), $joined );
}
$refused = $sanitize(
	array(
		'providers_from' => 'json',
		'providers_json' => '{"providers":[{"name":"A","phone":"call us"}]}',
	)
);
$check( 'refused JSON leaves the saved providers as they were', $refused['providers_json'] === $good_json, $refused['providers_json'] );
$messages = wp_list_pluck( get_settings_errors( ADVOCACY_WIDGETS_OPTION ), 'message' );
$check( 'refused JSON gives the administrator a message', (bool) preg_grep( '/phone/', $messages ), $messages );
$cdn = $sanitize(
	array(
		'script_from'   => 'cdn',
		'cdn_url'       => 'http://cdn.example/advocacy-widgets.js',
		'cdn_integrity' => 'sha384-abc',
	)
);
$check( 'a CDN without https and integrity is refused', 'plugin' === $cdn['script_from'], $cdn );

// ---- Open Referral UK: fetched by the server, with a timeout, once while cached ----------------
$requests = array();
$mock     = function ( $pre, $args, $url ) use ( &$requests ) {
	$requests[] = array(
		'url'     => $url,
		'timeout' => $args['timeout'],
	);
	return array(
		'headers'  => array(),
		'body'     => wp_json_encode( array( 'content' => array( array( 'id' => 'x1', 'name' => 'Open Referral Advocacy' ) ) ) ),
		'response' => array(
			'code'    => 200,
			'message' => 'OK',
		),
		'cookies'  => array(),
	);
};
add_filter( 'pre_http_request', $mock, 10, 3 );
advocacy_widgets_forget_oruk();
$first  = advocacy_widgets_oruk_data( 'https://directory.example/services' );
$second = advocacy_widgets_oruk_data( 'https://directory.example/services' );
remove_filter( 'pre_http_request', $mock, 10 );
$check( 'an Open Referral UK list is fetched once, then read from the transient', 1 === count( $requests ) && $first === $second && isset( $first['content'][0]['name'] ), $requests );
$check( 'the Open Referral UK request has a timeout of a few seconds', isset( $requests[0] ) && $requests[0]['timeout'] > 0 && $requests[0]['timeout'] <= 10, $requests );
advocacy_widgets_forget_oruk();

// ---- What kses lets through ------------------------------------------------------------------
$author_like = wp_kses_post( '<advocacy-quiz nation="wales" onclick="x()"><script type="application/json">{"a":1}</script></advocacy-quiz><script>alert(1)</script>' );
$check( 'kses never lets a script through, not even JSON', false === stripos( $author_like, '<script' ), $author_like );
$check( 'kses keeps the element and its documented attributes only', false !== strpos( $author_like, '<advocacy-quiz nation="wales">' ), $author_like );

// ---- Markup: decode once, escape once; JSON cannot close its script ---------------------------
$markup = advocacy_widgets_markup( 'advocacy-contact-card', array( 'area' => 'Derby &amp; District' ) );
$check( 'an entity-encoded attribute is decoded once and escaped once', false !== strpos( $markup, 'area="Derby &amp; District"' ) && false === strpos( $markup, '&amp;amp;' ), $markup );
$check( 'provider JSON on the page cannot end its script element', 1 === substr_count( strtolower( $markup ), '</script' ) && false !== strpos( $markup, '\u003CAdvocacy\u003E' ), $markup );

// ---- Users and posts -------------------------------------------------------------------------
$roles = array( 'administrator', 'editor', 'author', 'contributor' );
$users = array();
foreach ( $roles as $role ) {
	$login = 'test-' . $role;
	$user  = get_user_by( 'login', $login );
	$users[ $role ] = $user ? $user->ID : wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => wp_generate_password(),
			'user_email' => $login . '@example.org',
			'role'       => $role,
		)
	);
}

$contents = array(
	'blocks'     => implode(
		"\n\n",
		array(
			'<!-- wp:paragraph --><p>Blocks.</p><!-- /wp:paragraph -->',
			'<!-- wp:advocacy-widgets/explainer {"nation":"wales","types":["imha","imca"]} /-->',
			'<!-- wp:advocacy-widgets/quiz {"nation":"wales","easyRead":true,"theme":"govuk"} /-->',
			'<!-- wp:advocacy-widgets/contact-card {"area":"Derby \u0026 District","headingLevel":3} /-->',
		)
	),
	'shortcodes' => "<p>Shortcodes.</p>\n\n[advocacy_explainer nation=\"scotland\" types=\"imha\"]\n\n[advocacy_quiz nation=\"wales\"][/advocacy_quiz]\n\n[advocacy_contact_card area=\"Derby & District\" /]",
	'mixed'      => "<p>Both forms of one shortcode.</p>\n\n[advocacy_contact_card providers=\"derby\"]\n\n<p>Between the cards.</p>\n\n[advocacy_contact_card providers=\"leeds\" theme=\"nhs\"]Text inside.[/advocacy_contact_card]\n\n[advocacy_contact_card providers=\"sheffield\" easy_read]",
	'raw'        => "<p>Raw elements.</p>\n<advocacy-explainer nation=\"england\" types=\"imca\"></advocacy-explainer>\n<advocacy-contact-card name=\"Derby &amp; District Advocacy\" phone=\"0306 999 0000\" services=\"imha\"></advocacy-contact-card>\n<advocacy-quiz nation=\"wales\" easy-read></advocacy-quiz>\n<script>document.title = 'stored XSS';</script>",
);
$expected = array(
	'blocks'     => array( 'advocacy-explainer' => 1, 'advocacy-quiz' => 1, 'advocacy-contact-card' => 1 ),
	'shortcodes' => array( 'advocacy-explainer' => 1, 'advocacy-quiz' => 1, 'advocacy-contact-card' => 1 ),
	'mixed'      => array( 'advocacy-explainer' => 0, 'advocacy-quiz' => 0, 'advocacy-contact-card' => 3 ),
	'raw'        => array( 'advocacy-explainer' => 1, 'advocacy-quiz' => 1, 'advocacy-contact-card' => 1 ),
);

// On Multisite, only super admins have unfiltered_html; the same rule, on this single site,
// for "network" administrators and editors.
$network_rule = function ( $caps, $cap ) {
	if ( 'unfiltered_html' === $cap ) {
		$caps[] = 'do_not_allow';
	}
	return $caps;
};
$people = array();
foreach ( $roles as $role ) {
	$people[] = array( $role, $role, false );
}
$people[] = array( 'network-administrator', 'administrator', true );
$people[] = array( 'network-editor', 'editor', true );

$posts = array();
foreach ( $people as $person ) {
	list( $label, $role, $network ) = $person;
	if ( $network ) {
		add_filter( 'map_meta_cap', $network_rule, 10, 2 );
	}
	// Setting the user runs kses_init, which adds the HTML filter for those without unfiltered_html.
	wp_set_current_user( 0 );
	wp_set_current_user( $users[ $role ] );
	$filtered = ! current_user_can( 'unfiltered_html' );
	foreach ( $contents as $kind => $content ) {
		$request = new WP_REST_Request( 'POST', '/wp/v2/posts' );
		$request->set_body_params(
			array(
				'title'   => "$kind by $label",
				'content' => $content,
				'status'  => 'contributor' === $role ? 'pending' : 'publish',
			)
		);
		$response = rest_do_request( $request );
		if ( $response->is_error() ) {
			$check( "$label can save a post with $kind", false, $response->as_error()->get_error_message() );
			continue;
		}
		$id = $response->get_data()['id'];
		if ( 'contributor' === $role ) {
			// An editor approves it, as from the list of posts awaiting review.
			wp_set_current_user( $users['editor'] );
			wp_update_post(
				array(
					'ID'          => $id,
					'post_status' => 'publish',
				)
			);
			wp_set_current_user( $users[ $role ] );
		}
		$stored  = get_post_field( 'post_content', $id, 'raw' );
		$posts[] = array(
			'role'     => $label,
			'kind'     => $kind,
			'filtered' => $filtered,
			// By id: a post approved with wp_publish_post has no slug yet.
			'url'      => add_query_arg( 'p', $id, home_url( '/' ) ),
			'stored'   => $stored,
			'expected' => $expected[ $kind ],
		);
	}
	if ( $network ) {
		remove_filter( 'map_meta_cap', $network_rule, 10 );
	}
}
$check( 'authors and contributors save through the HTML filter (kses)', in_array( true, wp_list_pluck( $posts, 'filtered' ), true ), '' );

// The editor's live preview asks the server to render the block, as any role that can edit.
wp_set_current_user( $users['contributor'] );
$preview = new WP_REST_Request( 'GET', '/wp/v2/block-renderer/advocacy-widgets/quiz' );
$preview->set_query_params(
	array(
		'context'    => 'edit',
		'attributes' => array( 'nation' => 'wales', 'easyRead' => true ),
	)
);
$preview_response = rest_do_request( $preview );
$preview_html     = $preview_response->is_error() ? $preview_response->as_error()->get_error_message() : (string) $preview_response->get_data()['rendered'];
$check( "a contributor's live preview renders the block", false !== strpos( $preview_html, '<advocacy-quiz lang' ) || false !== strpos( $preview_html, '<advocacy-quiz nation="wales" easy-read>' ), $preview_html );

// The settings page: administrators only, with WordPress's nonce.
wp_set_current_user( $users['editor'] );
ob_start();
advocacy_widgets_settings_page();
$check( 'the settings page shows nothing to an editor', '' === trim( ob_get_clean() ) );
wp_set_current_user( $admin->ID );
ob_start();
advocacy_widgets_settings_page();
$page = ob_get_clean();
$check( 'the settings page shows the saved providers, with a nonce', false !== strpos( $page, 'name="_wpnonce"' ) && false !== strpos( $page, esc_textarea( $good_json ) ), substr( $page, 0, 300 ) );

// A page with no widget, to check that the script is not loaded there.
wp_set_current_user( $admin->ID );
$plain = wp_insert_post(
	array(
		'post_title'   => 'No widgets',
		'post_content' => '<!-- wp:paragraph --><p>Nothing here.</p><!-- /wp:paragraph -->',
		'post_status'  => 'publish',
	)
);

echo wp_json_encode(
	array(
		'wordpress' => get_bloginfo( 'version' ),
		'php'       => PHP_VERSION,
		'checks'    => $checks,
		'posts'     => $posts,
		'plain'     => add_query_arg( 'p', $plain, home_url( '/' ) ),
	),
	JSON_UNESCAPED_SLASHES
);

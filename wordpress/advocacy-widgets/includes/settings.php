<?php
/**
 * Settings > Advocacy widgets: the site's defaults, its providers and where the script comes from.
 * Administrators only (manage_options); saved through options.php, which checks the nonce.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const ADVOCACY_WIDGETS_OPTION = 'advocacy_widgets_settings';

/** The nations the widgets know. */
const ADVOCACY_WIDGETS_NATIONS = array( 'england', 'wales', 'scotland', 'northern-ireland' );

/** The languages the widgets are translated into (lit-localize.json), English first. */
const ADVOCACY_WIDGETS_LANGUAGES = array( 'en-GB', 'cy', 'pl', 'ro', 'pa', 'ur', 'ar' );

/** Themes shipped with the plugin, besides the default look. */
const ADVOCACY_WIDGETS_THEMES = array( 'default', 'govuk', 'nhs' );

/**
 * The settings, with defaults for anything not set.
 *
 * @return array<string, string>
 */
function advocacy_widgets_settings() {
	$saved = get_option( ADVOCACY_WIDGETS_OPTION, array() );
	return array_merge(
		array(
			'nation'          => '',
			'lang'            => '',
			'theme'           => 'default',
			'providers_from'  => 'none',
			'providers_json'  => '',
			'oruk_url'        => '',
			'oruk_services'   => '',
			'script_from'     => 'plugin',
			'cdn_url'         => '',
			'cdn_integrity'   => '',
		),
		is_array( $saved ) ? $saved : array()
	);
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'advocacy_widgets',
			ADVOCACY_WIDGETS_OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'advocacy_widgets_sanitize_settings',
				'show_in_rest'      => false,
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		$hook = add_options_page(
			__( 'Advocacy widgets', 'advocacy-widgets' ),
			__( 'Advocacy widgets', 'advocacy-widgets' ),
			'manage_options',
			'advocacy-widgets',
			'advocacy_widgets_settings_page'
		);
		add_action(
			'admin_print_scripts-' . $hook,
			function () {
				// The same readers as the contact card, to show problems as the administrator types.
				wp_enqueue_script( 'advocacy-widgets-settings', plugins_url( 'assets/settings.js', ADVOCACY_WIDGETS_FILE ), array(), ADVOCACY_WIDGETS_VERSION, true );
			}
		);
	}
);

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'advocacy-widgets-settings' === $handle ) {
			return str_replace( '<script ', '<script type="module" ', $tag );
		}
		return $tag;
	},
	10,
	2
);

/**
 * Checks the settings before they are saved. Anything wrong keeps the value saved before, with a
 * message that says what to change.
 *
 * @param mixed $input The submitted form.
 * @return array<string, string>
 */
function advocacy_widgets_sanitize_settings( $input ) {
	// WordPress runs this twice when the option is first added: answer the second time the same.
	static $done = array();
	$old = advocacy_widgets_settings();
	if ( ! current_user_can( 'manage_options' ) || ! is_array( $input ) ) {
		return $old;
	}
	$key = md5( (string) wp_json_encode( $input ) );
	if ( isset( $done[ $key ] ) ) {
		return $done[ $key ];
	}
	$text  = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
	};
	$out  = $old;
	$fail = function ( $code, $message ) {
		add_settings_error( ADVOCACY_WIDGETS_OPTION, $code, $message, 'error' );
	};

	$out['nation'] = in_array( $text( 'nation' ), ADVOCACY_WIDGETS_NATIONS, true ) ? $text( 'nation' ) : '';
	$out['lang']   = in_array( $text( 'lang' ), ADVOCACY_WIDGETS_LANGUAGES, true ) ? $text( 'lang' ) : '';
	$out['theme']  = in_array( $text( 'theme' ), ADVOCACY_WIDGETS_THEMES, true ) ? $text( 'theme' ) : 'default';

	$from = in_array( $text( 'providers_from' ), array( 'none', 'json', 'oruk' ), true ) ? $text( 'providers_from' ) : 'none';
	$out['providers_from'] = $from;
	$json                  = $text( 'providers_json' );
	if ( '' !== $json ) {
		$checked = advocacy_widgets_check_providers_json( $json );
		if ( $checked['errors'] ) {
			$fail( 'providers_json', __( 'The provider details were not saved, because:', 'advocacy-widgets' ) . ' ' . implode( ' ', array_map( 'advocacy_widgets_sentence', $checked['errors'] ) ) );
			$out['providers_from'] = 'json' === $from ? $old['providers_from'] : $from;
		} else {
			$out['providers_json'] = $json;
		}
	} else {
		$out['providers_json'] = '';
		if ( 'json' === $from ) {
			$fail( 'providers_json_empty', __( 'Add the provider details, or choose "No providers".', 'advocacy-widgets' ) );
			$out['providers_from'] = 'none';
		}
	}

	$url = $text( 'oruk_url' );
	if ( '' === $url ) {
		$out['oruk_url'] = '';
		if ( 'oruk' === $from ) {
			$fail( 'oruk_url_empty', __( 'Add the address of the Open Referral UK service list, or choose another source of providers.', 'advocacy-widgets' ) );
			$out['providers_from'] = $old['providers_from'];
		}
	} elseif ( ! wp_http_validate_url( $url ) || 'https' !== wp_parse_url( $url, PHP_URL_SCHEME ) ) {
		$fail( 'oruk_url', __( 'The Open Referral UK address must be a full https:// link to a public website.', 'advocacy-widgets' ) );
		if ( 'oruk' === $from ) {
			$out['providers_from'] = $old['providers_from'];
		}
	} else {
		if ( $url !== $old['oruk_url'] ) {
			advocacy_widgets_forget_oruk();
		}
		$out['oruk_url'] = esc_url_raw( $url, array( 'https' ) );
	}
	$services = array_values( array_intersect( preg_split( '/[\s,]+/', $text( 'oruk_services' ), -1, PREG_SPLIT_NO_EMPTY ), advocacy_widgets_kind_ids() ) );
	$out['oruk_services'] = implode( ' ', $services );

	$script_from        = 'cdn' === $text( 'script_from' ) ? 'cdn' : 'plugin';
	$out['script_from'] = $script_from;
	$cdn_url            = $text( 'cdn_url' );
	$integrity          = $text( 'cdn_integrity' );
	$out['cdn_url']       = '' !== $cdn_url && wp_http_validate_url( $cdn_url ) && 'https' === wp_parse_url( $cdn_url, PHP_URL_SCHEME ) ? esc_url_raw( $cdn_url, array( 'https' ) ) : '';
	$out['cdn_integrity'] = preg_match( '~^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$~', $integrity ) ? $integrity : '';
	if ( 'cdn' === $script_from && ( '' === $out['cdn_url'] || '' === $out['cdn_integrity'] ) ) {
		$fail( 'cdn', __( 'To load the script from a CDN, give its full https:// address and its integrity value (sha384-…, from the version\'s dist/sri.json). Until then the plugin\'s own copy is used.', 'advocacy-widgets' ) );
		$out['script_from'] = 'plugin';
	}
	$done[ md5( (string) wp_json_encode( $out ) ) ] = $out;
	$done[ $key ] = $out;
	return $out;
}

/**
 * A problem as a sentence ending in a full stop.
 *
 * @param string $text The problem.
 * @return string
 */
function advocacy_widgets_sentence( $text ) {
	return preg_match( '/[.!?]$/', $text ) ? $text : $text . '.';
}

/** The settings page. */
function advocacy_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$s       = advocacy_widgets_settings();
	$name    = ADVOCACY_WIDGETS_OPTION;
	$nations = array(
		''                 => __( 'Let the reader choose', 'advocacy-widgets' ),
		'england'          => __( 'England', 'advocacy-widgets' ),
		'wales'            => __( 'Wales', 'advocacy-widgets' ),
		'scotland'         => __( 'Scotland', 'advocacy-widgets' ),
		'northern-ireland' => __( 'Northern Ireland', 'advocacy-widgets' ),
	);
	$languages = array_merge( array( '' => __( 'The language of the page', 'advocacy-widgets' ) ), advocacy_widgets_language_names() );
	$themes    = advocacy_widgets_theme_names();
	$sri       = advocacy_widgets_bundled_sri();
	$count     = count( advocacy_widgets_site_providers() );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Advocacy widgets', 'advocacy-widgets' ); ?></h1>
		<p><?php esc_html_e( 'Defaults for every advocacy block and shortcode on this site. Each block can change them in its sidebar.', 'advocacy-widgets' ); ?></p>
		<form method="post" action="options.php" novalidate>
			<?php settings_fields( 'advocacy_widgets' ); ?>
			<h2><?php esc_html_e( 'Defaults', 'advocacy-widgets' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="advocacy-nation"><?php esc_html_e( 'Nation', 'advocacy-widgets' ); ?></label></th>
					<td>
						<select id="advocacy-nation" name="<?php echo esc_attr( $name ); ?>[nation]" aria-describedby="advocacy-nation-hint">
							<?php foreach ( $nations as $value => $label ) : ?>
								<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $s['nation'], $value ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description" id="advocacy-nation-hint"><?php esc_html_e( 'The law is different in each nation. Choose yours if your readers all live there.', 'advocacy-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="advocacy-lang"><?php esc_html_e( 'Language', 'advocacy-widgets' ); ?></label></th>
					<td>
						<select id="advocacy-lang" name="<?php echo esc_attr( $name ); ?>[lang]">
							<?php foreach ( $languages as $value => $label ) : ?>
								<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $s['lang'], $value ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="advocacy-theme"><?php esc_html_e( 'Look', 'advocacy-widgets' ); ?></label></th>
					<td>
						<select id="advocacy-theme" name="<?php echo esc_attr( $name ); ?>[theme]">
							<?php foreach ( $themes as $value => $label ) : ?>
								<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $s['theme'], $value ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Local advocacy providers', 'advocacy-widgets' ); ?></h2>
			<p>
				<?php
				/* translators: %d: the number of providers */
				echo esc_html( sprintf( _n( 'The contact card and the quiz\'s result show %d provider now.', 'The contact card and the quiz\'s result show %d providers now.', $count, 'advocacy-widgets' ), $count ) );
				?>
			</p>
			<fieldset>
				<legend class="screen-reader-text"><?php esc_html_e( 'Where the providers come from', 'advocacy-widgets' ); ?></legend>
				<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[providers_from]" value="none" <?php checked( $s['providers_from'], 'none' ); ?>> <?php esc_html_e( 'No providers', 'advocacy-widgets' ); ?></label></p>
				<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[providers_from]" value="json" <?php checked( $s['providers_from'], 'json' ); ?>> <?php esc_html_e( 'The details below, in our format', 'advocacy-widgets' ); ?></label></p>
				<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[providers_from]" value="oruk" <?php checked( $s['providers_from'], 'oruk' ); ?>> <?php esc_html_e( 'A council\'s Open Referral UK service list', 'advocacy-widgets' ); ?></label></p>
			</fieldset>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="advocacy-providers-json"><?php esc_html_e( 'Provider details (JSON)', 'advocacy-widgets' ); ?></label></th>
					<td>
						<textarea id="advocacy-providers-json" class="large-text code" rows="14" name="<?php echo esc_attr( $name ); ?>[providers_json]" aria-describedby="advocacy-providers-hint advocacy-providers-check" spellcheck="false"><?php echo esc_textarea( $s['providers_json'] ); ?></textarea>
						<p class="description" id="advocacy-providers-hint"><?php esc_html_e( 'In the format of docs/providers.md. The configurator writes it for you. Checked when you save.', 'advocacy-widgets' ); ?></p>
						<div id="advocacy-providers-check" aria-live="polite" data-tools="<?php echo esc_url( plugins_url( 'assets/js/tools/editor-tools.js', ADVOCACY_WIDGETS_FILE ) ); ?>"></div>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="advocacy-oruk-url"><?php esc_html_e( 'Open Referral UK address', 'advocacy-widgets' ); ?></label></th>
					<td>
						<input type="url" id="advocacy-oruk-url" class="regular-text code" name="<?php echo esc_attr( $name ); ?>[oruk_url]" value="<?php echo esc_attr( $s['oruk_url'] ); ?>" aria-describedby="advocacy-oruk-hint">
						<p class="description" id="advocacy-oruk-hint"><?php esc_html_e( 'A full https:// link to a JSON list of services. This site fetches it at most every 12 hours, waiting up to 5 seconds; visitors\' browsers never contact it.', 'advocacy-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="advocacy-oruk-services"><?php esc_html_e( 'Kinds of advocacy these services offer', 'advocacy-widgets' ); ?></label></th>
					<td>
						<input type="text" id="advocacy-oruk-services" class="regular-text code" name="<?php echo esc_attr( $name ); ?>[oruk_services]" value="<?php echo esc_attr( $s['oruk_services'] ); ?>" aria-describedby="advocacy-oruk-services-hint">
						<p class="description" id="advocacy-oruk-services-hint"><?php esc_html_e( 'Open Referral UK has no field for this. Ids separated by spaces, for example: imha imca care-act', 'advocacy-widgets' ); ?></p>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Where the script comes from', 'advocacy-widgets' ); ?></h2>
			<fieldset>
				<legend class="screen-reader-text"><?php esc_html_e( 'Where the script comes from', 'advocacy-widgets' ); ?></legend>
				<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[script_from]" value="plugin" <?php checked( $s['script_from'], 'plugin' ); ?>> <?php esc_html_e( 'This website (recommended: no request to anyone else)', 'advocacy-widgets' ); ?></label></p>
				<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[script_from]" value="cdn" <?php checked( $s['script_from'], 'cdn' ); ?>> <?php esc_html_e( 'A public CDN (visitors\' browsers then contact it: say so in your privacy notice)', 'advocacy-widgets' ); ?></label></p>
			</fieldset>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="advocacy-cdn-url"><?php esc_html_e( 'CDN address of advocacy-widgets.js', 'advocacy-widgets' ); ?></label></th>
					<td><input type="url" id="advocacy-cdn-url" class="large-text code" name="<?php echo esc_attr( $name ); ?>[cdn_url]" value="<?php echo esc_attr( $s['cdn_url'] ? $s['cdn_url'] : 'https://cdn.jsdelivr.net/npm/advocacy-widgets@' . ADVOCACY_WIDGETS_VERSION . '/dist/advocacy-widgets.js' ); ?>"></td>
				</tr>
				<tr>
					<th scope="row"><label for="advocacy-cdn-integrity"><?php esc_html_e( 'Integrity (SRI)', 'advocacy-widgets' ); ?></label></th>
					<td>
						<input type="text" id="advocacy-cdn-integrity" class="large-text code" name="<?php echo esc_attr( $name ); ?>[cdn_integrity]" value="<?php echo esc_attr( $s['cdn_integrity'] ? $s['cdn_integrity'] : $sri ); ?>" aria-describedby="advocacy-cdn-integrity-hint">
						<p class="description" id="advocacy-cdn-integrity-hint"><?php esc_html_e( 'The value for this plugin\'s version is filled in. The browser refuses a file that does not match it.', 'advocacy-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * Each language, named in itself.
 *
 * @return array<string, string>
 */
function advocacy_widgets_language_names() {
	return array(
		'en-GB' => 'English',
		'cy'    => 'Cymraeg',
		'pl'    => 'Polski',
		'ro'    => 'Română',
		'pa'    => 'ਪੰਜਾਬੀ',
		'ur'    => 'اردو',
		'ar'    => 'العربية',
	);
}

/**
 * The looks on offer.
 *
 * @return array<string, string>
 */
function advocacy_widgets_theme_names() {
	return array(
		'default' => __( 'Plain black and white, with the page\'s font', 'advocacy-widgets' ),
		'govuk'   => __( 'In the style of GOV.UK', 'advocacy-widgets' ),
		'nhs'     => __( 'In the style of the NHS website', 'advocacy-widgets' ),
	);
}

/**
 * The SRI value of the bundled advocacy-widgets.js, from the build's sri.json.
 *
 * @return string
 */
function advocacy_widgets_bundled_sri() {
	$file = ADVOCACY_WIDGETS_DIR . '/assets/js/sri.json';
	$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	return isset( $data['files']['advocacy-widgets.js'] ) ? (string) $data['files']['advocacy-widgets.js'] : '';
}

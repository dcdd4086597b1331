<?php
/**
 * Checks provider JSON against docs/providers.schema.json, the same file that describes the
 * format to editors, copied into the plugin by the build: one set of rules, not two to keep in step.
 * Only the parts of JSON Schema that file uses are read.
 *
 * @package advocacy-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Longest provider JSON accepted, in bytes: a council's list is a few kilobytes. */
const ADVOCACY_WIDGETS_MAX_JSON = 512000;

/**
 * The providers schema, decoded (objects as stdClass, so that {} and [] stay apart).
 *
 * @return object|null
 */
function advocacy_widgets_schema() {
	static $schema = null;
	if ( null === $schema ) {
		$file = ADVOCACY_WIDGETS_DIR . '/assets/providers.schema.json';
		// A local file of the plugin's own, not a remote request.
		$text   = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$schema = false === $text ? false : json_decode( $text );
	}
	return $schema ? $schema : null;
}

/**
 * The kinds of advocacy, by id, as the schema lists them.
 *
 * @return string[]
 */
function advocacy_widgets_kind_ids() {
	$schema = advocacy_widgets_schema();
	return $schema && isset( $schema->{'$defs'}->kind->enum ) ? $schema->{'$defs'}->kind->enum : array();
}

/**
 * Decodes and checks provider JSON in our format.
 *
 * @param string $text The JSON an administrator entered.
 * @return array{value: mixed, errors: string[]} The decoded value (objects as stdClass) and the problems, for people.
 */
function advocacy_widgets_check_providers_json( $text ) {
	if ( strlen( $text ) > ADVOCACY_WIDGETS_MAX_JSON ) {
		return array(
			'value'  => null,
			'errors' => array(
				/* translators: %d: a number of kilobytes */
				sprintf( __( 'The provider details are too long: at most %d KB.', 'advocacy-widgets' ), ADVOCACY_WIDGETS_MAX_JSON / 1000 ),
			),
		);
	}
	$value = json_decode( $text, false, 32 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array(
			'value'  => null,
			'errors' => array(
				/* translators: %s: the JSON parser's own description of the error, in English */
				sprintf( __( 'The provider details are not valid JSON (%s). Check the commas, quotes and brackets.', 'advocacy-widgets' ), json_last_error_msg() ),
			),
		);
	}
	$schema = advocacy_widgets_schema();
	if ( ! $schema ) {
		return array(
			'value'  => null,
			'errors' => array( __( 'The plugin is incomplete: providers.schema.json is missing. Install it again from the zip.', 'advocacy-widgets' ) ),
		);
	}
	$errors = advocacy_widgets_schema_errors( $value, $schema, $schema, '' );
	return array(
		'value'  => $value,
		'errors' => array_map( 'advocacy_widgets_schema_message', array_slice( $errors, 0, 20 ) ),
	);
}

/**
 * One problem as a sentence: where, then what.
 *
 * @param array{0: string, 1: string} $error JSON pointer and problem.
 * @return string
 */
function advocacy_widgets_schema_message( $error ) {
	$where = '' === $error[0] ? __( 'The provider details', 'advocacy-widgets' ) : str_replace( '/', ' → ', ltrim( $error[0], '/' ) );
	return $where . ': ' . $error[1];
}

/**
 * The JSON type of a decoded value, as JSON Schema names it.
 *
 * @param mixed $value Decoded JSON.
 * @return string
 */
function advocacy_widgets_json_type( $value ) {
	if ( is_object( $value ) ) {
		return 'object';
	}
	if ( is_array( $value ) ) {
		return 'array';
	}
	if ( is_string( $value ) ) {
		return 'string';
	}
	if ( is_bool( $value ) ) {
		return 'boolean';
	}
	if ( is_int( $value ) ) {
		return 'integer';
	}
	if ( is_float( $value ) ) {
		return 'number';
	}
	return 'null';
}

/**
 * Every way a value breaks a schema.
 *
 * @param mixed  $value  Decoded JSON.
 * @param object $node   The schema (or part of it) to check against.
 * @param object $root   The whole schema, for $ref.
 * @param string $path   JSON pointer of the value.
 * @return array<int, array{0: string, 1: string}>
 */
function advocacy_widgets_schema_errors( $value, $node, $root, $path ) {
	if ( true === $node ) {
		return array();
	}
	if ( isset( $node->{'$ref'} ) ) {
		$name = preg_replace( '~^#/\$defs/~', '', $node->{'$ref'} );
		$node = isset( $root->{'$defs'}->$name ) ? $root->{'$defs'}->$name : true;
		return advocacy_widgets_schema_errors( $value, $node, $root, $path );
	}
	if ( isset( $node->oneOf ) ) {
		return advocacy_widgets_one_of_errors( $value, $node->oneOf, $root, $path );
	}
	$type = advocacy_widgets_json_type( $value );
	$errors = array();
	if ( isset( $node->type ) && $node->type !== $type && ! ( 'number' === $node->type && 'integer' === $type ) ) {
		$names = array(
			'string'  => __( 'should be text in quotes', 'advocacy-widgets' ),
			'array'   => __( 'should be a list in [ ]', 'advocacy-widgets' ),
			'object'  => __( 'should be a group of fields in { }', 'advocacy-widgets' ),
			'boolean' => __( 'should be true or false, without quotes', 'advocacy-widgets' ),
		);
		return array( array( $path, isset( $names[ $node->type ] ) ? $names[ $node->type ] : $node->type ) );
	}
	if ( isset( $node->enum ) && ! in_array( $value, $node->enum, true ) ) {
		/* translators: %s: the allowed values, separated by commas */
		$errors[] = array( $path, sprintf( __( 'should be one of: %s', 'advocacy-widgets' ), implode( ', ', $node->enum ) ) );
	}
	if ( 'string' === $type ) {
		$length = function_exists( 'mb_strlen' ) ? mb_strlen( $value, 'UTF-8' ) : strlen( $value );
		if ( isset( $node->minLength ) && $length < $node->minLength ) {
			$errors[] = array( $path, __( 'is empty', 'advocacy-widgets' ) );
		}
		if ( isset( $node->maxLength ) && $length > $node->maxLength ) {
			/* translators: %d: a number of characters */
			$errors[] = array( $path, sprintf( __( 'is too long: at most %d characters', 'advocacy-widgets' ), $node->maxLength ) );
		}
		if ( isset( $node->pattern ) && ! preg_match( '~' . str_replace( '~', '\~', $node->pattern ) . '~u', $value ) ) {
			$errors[] = array( $path, advocacy_widgets_format_hint( $node ) );
		}
		if ( isset( $node->format ) && ! advocacy_widgets_check_format( $node->format, $value ) ) {
			$errors[] = array( $path, advocacy_widgets_format_hint( $node ) );
		}
	}
	if ( 'array' === $type ) {
		if ( isset( $node->maxItems ) && count( $value ) > $node->maxItems ) {
			/* translators: %d: a number of items */
			$errors[] = array( $path, sprintf( __( 'has too many items: at most %d', 'advocacy-widgets' ), $node->maxItems ) );
		}
		if ( isset( $node->minItems ) && count( $value ) < $node->minItems ) {
			/* translators: %d: a number of items */
			$errors[] = array( $path, sprintf( __( 'has too few items: at least %d', 'advocacy-widgets' ), $node->minItems ) );
		}
		if ( ! empty( $node->uniqueItems ) && count( array_unique( array_map( 'wp_json_encode', $value ) ) ) !== count( $value ) ) {
			$errors[] = array( $path, __( 'has the same item twice', 'advocacy-widgets' ) );
		}
		foreach ( array_values( $value ) as $index => $item ) {
			$item_schema = isset( $node->items ) ? $node->items : true;
			if ( isset( $node->prefixItems[ $index ] ) ) {
				$item_schema = $node->prefixItems[ $index ];
			}
			$errors = array_merge( $errors, advocacy_widgets_schema_errors( $item, $item_schema, $root, $path . '/' . $index ) );
		}
	}
	if ( 'object' === $type ) {
		foreach ( isset( $node->required ) ? $node->required : array() as $key ) {
			if ( ! property_exists( $value, $key ) ) {
				/* translators: %s: the name of a field */
				$errors[] = array( $path, sprintf( __( '"%s" is missing', 'advocacy-widgets' ), $key ) );
			}
		}
		foreach ( get_object_vars( $value ) as $key => $item ) {
			$key = (string) $key;
			if ( isset( $node->properties->$key ) ) {
				$errors = array_merge( $errors, advocacy_widgets_schema_errors( $item, $node->properties->$key, $root, $path . '/' . $key ) );
				continue;
			}
			$matched = false;
			foreach ( isset( $node->patternProperties ) ? get_object_vars( $node->patternProperties ) : array() as $pattern => $sub ) {
				if ( preg_match( '~' . str_replace( '~', '\~', $pattern ) . '~u', $key ) ) {
					$matched = true;
					$errors  = array_merge( $errors, advocacy_widgets_schema_errors( $item, $sub, $root, $path . '/' . $key ) );
				}
			}
			if ( ! $matched && isset( $node->additionalProperties ) && false === $node->additionalProperties ) {
				$errors[] = array( $path . '/' . $key, __( 'is not a field of the format (check the spelling)', 'advocacy-widgets' ) );
			}
		}
	}
	return $errors;
}

/**
 * The errors of the best-fitting choice of a oneOf: none if exactly one fits; otherwise those of
 * the choice of the right type with the fewest problems, which is the one the editor meant.
 *
 * @param mixed  $value   Decoded JSON.
 * @param array  $choices The oneOf schemas.
 * @param object $root    The whole schema.
 * @param string $path    JSON pointer of the value.
 * @return array<int, array{0: string, 1: string}>
 */
function advocacy_widgets_one_of_errors( $value, $choices, $root, $path ) {
	$best  = null;
	$fits  = 0;
	foreach ( $choices as $choice ) {
		$errors = advocacy_widgets_schema_errors( $value, $choice, $root, $path );
		if ( ! $errors ) {
			++$fits;
			continue;
		}
		$wrong_type = 1 === count( $errors ) && $errors[0][0] === $path && advocacy_widgets_is_type_error( $errors[0][1] );
		$score      = ( $wrong_type ? 10000 : 0 ) + count( $errors );
		if ( null === $best || $score < $best[0] ) {
			$best = array( $score, $errors );
		}
	}
	if ( 1 === $fits ) {
		return array();
	}
	if ( $fits > 1 ) {
		return array( array( $path, __( 'could be read in more than one way', 'advocacy-widgets' ) ) );
	}
	return $best[1];
}

/**
 * Whether a problem is only that the value has the wrong type.
 *
 * @param string $message The problem.
 * @return bool
 */
function advocacy_widgets_is_type_error( $message ) {
	return 0 === strpos( $message, __( 'should be text in quotes', 'advocacy-widgets' ) )
		|| 0 === strpos( $message, __( 'should be a list in [ ]', 'advocacy-widgets' ) )
		|| 0 === strpos( $message, __( 'should be a group of fields in { }', 'advocacy-widgets' ) )
		|| 0 === strpos( $message, __( 'should be true or false, without quotes', 'advocacy-widgets' ) );
}

/**
 * Whether a string has a format the schema names.
 *
 * @param string $format "email" or "date".
 * @param string $value  The text.
 * @return bool
 */
function advocacy_widgets_check_format( $format, $value ) {
	if ( 'email' === $format ) {
		return (bool) is_email( $value );
	}
	if ( 'date' === $format ) {
		return (bool) preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
	}
	return true;
}

/**
 * What a value in a set form should look like: the schema's own description where it has one.
 *
 * @param object $node The schema of the value.
 * @return string
 */
function advocacy_widgets_format_hint( $node ) {
	if ( isset( $node->description ) ) {
		/* translators: %s: the description of the field from the schema, in English */
		return sprintf( __( 'is not in the expected form. %s', 'advocacy-widgets' ), $node->description );
	}
	return __( 'is not in the expected form', 'advocacy-widgets' );
}

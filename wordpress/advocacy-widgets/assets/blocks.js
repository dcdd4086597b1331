/* global window -- a classic script in WordPress's block editor */
/**
 * The blocks' editor side: sidebar controls and a live preview rendered by the server, the same
 * markup visitors get. Plain script over WordPress's globals, so the plugin needs no build step.
 */
(function (wp, data) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment, useEffect, useState } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, CheckboxControl, TextControl, ExternalLink } =
    wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __, sprintf } = wp.i18n;

  // The kinds' names come from the widgets' own code, so they match what readers see.
  let kindNames = null;
  const kindNamesReady = import(data.tools)
    .then((tools) => {
      kindNames = {};
      for (const id of data.kinds)
        kindNames[id] = tools.KIND_NAMES[id] ? tools.KIND_NAMES[id]() : id;
    })
    .catch(() => undefined);
  function useKindNames() {
    const [names, setNames] = useState(kindNames);
    useEffect(() => {
      if (!names) kindNamesReady.then(() => setNames(kindNames));
    }, []);
    return names ?? {};
  }

  const NATIONS = [
    ['england', __('England', 'advocacy-widgets')],
    ['wales', __('Wales', 'advocacy-widgets')],
    ['scotland', __('Scotland', 'advocacy-widgets')],
    ['northern-ireland', __('Northern Ireland', 'advocacy-widgets')],
  ];
  const siteDefault = (label) => sprintf(__('Site setting (%s)', 'advocacy-widgets'), label);
  const labelOf = (pairs, value, fallback) =>
    (pairs.find(([v]) => v === value) || [null, fallback])[1];

  function commonControls(attributes, setAttributes) {
    const d = data.defaults;
    const languages = Object.entries(data.languages);
    const themes = Object.entries(data.themes);
    return [
      el(SelectControl, {
        key: 'nation',
        label: __('Nation', 'advocacy-widgets'),
        help: __('The law is different in each nation.', 'advocacy-widgets'),
        value: attributes.nation,
        options: [
          {
            value: '',
            label: siteDefault(
              labelOf(NATIONS, d.nation, __('the reader chooses', 'advocacy-widgets')),
            ),
          },
          ...NATIONS.map(([value, label]) => ({ value, label })),
        ],
        onChange: (nation) => setAttributes({ nation }),
      }),
      el(SelectControl, {
        key: 'lang',
        label: __('Language', 'advocacy-widgets'),
        value: attributes.lang,
        options: [
          {
            value: '',
            label: siteDefault(
              labelOf(languages, d.lang, __("the page's language", 'advocacy-widgets')),
            ),
          },
          ...languages.map(([value, label]) => ({ value, label })),
        ],
        onChange: (lang) => setAttributes({ lang }),
      }),
      el(ToggleControl, {
        key: 'easyRead',
        label: __('Easy read', 'advocacy-widgets'),
        help: __('Easy words, pictures, larger type and larger buttons.', 'advocacy-widgets'),
        checked: attributes.easyRead,
        onChange: (easyRead) => setAttributes({ easyRead }),
      }),
      el(SelectControl, {
        key: 'headingLevel',
        label: __('Heading level', 'advocacy-widgets'),
        help: __(
          'Fit the headings into your page: one level below the heading above the block.',
          'advocacy-widgets',
        ),
        value: String(attributes.headingLevel || 2),
        options: [2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `H${n}` })),
        onChange: (level) => setAttributes({ headingLevel: Number(level) }),
      }),
      el(SelectControl, {
        key: 'theme',
        label: __('Look', 'advocacy-widgets'),
        value: attributes.theme,
        options: [
          { value: '', label: siteDefault(labelOf(themes, d.theme, d.theme)) },
          ...themes.map(([value, label]) => ({ value, label })),
        ],
        onChange: (theme) => setAttributes({ theme }),
      }),
    ];
  }

  function toggleIn(list, id, on) {
    const rest = (list || []).filter((x) => x !== id);
    return on ? [...rest, id] : rest;
  }

  function ExplainerControls({ attributes, setAttributes }) {
    const names = useKindNames();
    return el(
      PanelBody,
      { title: __('Which kinds of advocacy', 'advocacy-widgets'), initialOpen: false },
      el('p', null, __('None ticked: all of them.', 'advocacy-widgets')),
      data.kinds.map((id) =>
        el(CheckboxControl, {
          key: id,
          label: names[id] || id,
          checked: (attributes.types || []).includes(id),
          onChange: (on) => setAttributes({ types: toggleIn(attributes.types, id, on) }),
        }),
      ),
    );
  }

  function settingsLink() {
    return data.settingsUrl
      ? el(
          ExternalLink,
          { href: data.settingsUrl },
          __("Change the site's providers", 'advocacy-widgets'),
        )
      : el(
          'p',
          null,
          __("An administrator sets the site's providers in Settings.", 'advocacy-widgets'),
        );
  }

  function QuizControls({ attributes, setAttributes }) {
    return el(
      PanelBody,
      { title: __('Local providers', 'advocacy-widgets') },
      el(ToggleControl, {
        label: __("Show the site's providers in the result", 'advocacy-widgets'),
        checked: attributes.showProviders,
        onChange: (showProviders) => setAttributes({ showProviders }),
      }),
      settingsLink(),
    );
  }

  function CardControls({ attributes, setAttributes }) {
    const names = useKindNames();
    return el(
      PanelBody,
      { title: __('Providers', 'advocacy-widgets') },
      data.providers.length
        ? el(
            Fragment,
            null,
            el('p', null, __('None ticked: all of them.', 'advocacy-widgets')),
            data.providers.map((p) =>
              el(CheckboxControl, {
                key: p.id,
                label: p.name || p.id,
                checked: (attributes.providers || []).includes(p.id),
                onChange: (on) =>
                  setAttributes({ providers: toggleIn(attributes.providers, p.id, on) }),
              }),
            ),
          )
        : el('p', null, __('The site has no providers yet.', 'advocacy-widgets')),
      el(SelectControl, {
        label: __('Only those that offer', 'advocacy-widgets'),
        value: attributes.service,
        options: [
          { value: '', label: __('Any kind of advocacy', 'advocacy-widgets') },
          ...data.kinds.map((id) => ({ value: id, label: names[id] || id })),
        ],
        onChange: (service) => setAttributes({ service }),
      }),
      el(TextControl, {
        label: __('Only those that serve this area', 'advocacy-widgets'),
        value: attributes.area,
        onChange: (area) => setAttributes({ area }),
      }),
      settingsLink(),
    );
  }

  const EXTRA = {
    'advocacy-widgets/explainer': ExplainerControls,
    'advocacy-widgets/quiz': QuizControls,
    'advocacy-widgets/contact-card': CardControls,
  };

  for (const name of Object.keys(EXTRA)) {
    registerBlockType(name, {
      edit(props) {
        const { attributes, setAttributes } = props;
        const blockProps = useBlockProps();
        return el(
          'div',
          blockProps,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: __('Settings', 'advocacy-widgets') },
              commonControls(attributes, setAttributes),
            ),
            el(EXTRA[name], props),
          ),
          el(ServerSideRender, { block: name, attributes }),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.advocacyWidgetsEditor);

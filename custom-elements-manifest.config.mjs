/**
 * `cem analyze` (run by scripts/build.mjs and `npm run analyze`) reads this file.
 * The manifest is what consumers see: Storybook's controls and docs, the framework
 * typings and editor data (scripts/framework-types.mjs). So it lists only the public API:
 * - internal reactive state (`state: true` in `static properties`, private or protected
 *   fields) is not an attribute, and private, protected and `#` members are left out;
 * - each event has the type of its `detail`, as the class's JSDoc names it
 *   (`@fires {SubmitDetail} sister-city-submit`), also where the event is inherited;
 * - defaults are values: `30_000` becomes `30000`, and a named constant (`MAX_PHOTOS`,
 *   `DEFAULT_RETRY`) becomes the value it is declared with in the package.
 */
const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

/** Names of the properties declared `state: true` in a class's `static properties` object. */
function stateProperties(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members ?? []) {
    const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const property of member.initializer.properties) {
      const options = property.initializer;
      if (options && ts.isObjectLiteralExpression(options) && options.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword)) {
        names.add(property.name.getText());
      }
    }
  }
  return names;
}

/** Event name → detail type, from a class's `@fires {Type} name` tags. */
function eventTypes(node) {
  const jsDoc = node.jsDoc?.map((doc) => doc.getText()).join('\n') ?? '';
  return new Map([...jsDoc.matchAll(/@fires\s+\{([^}]+)\}\s+([\w-]+)/g)].map(([, type, name]) => [name, type]));
}

function publicApiOnly() {
  const internal = new Map(); // class name → names of its state properties
  const events = new Map(); // class name → its events' detail types
  return {
    name: 'sister-city-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      internal.set(node.name.getText(), stateProperties(ts, node));
      events.set(node.name.getText(), eventTypes(node));
    },
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'variable' && declaration.default !== undefined) constants.set(declaration.name, declaration.default);
        }
      }
      const value = (text) => {
        if (text === undefined) return undefined;
        if (constants.has(text)) return value(constants.get(text));
        return text.replace(/(\d)_(?=\d)/g, '$1');
      };
      const ancestry = (declaration) => {
        const names = [declaration.name];
        for (const module of customElementsManifest.modules) {
          for (const candidate of module.declarations ?? []) {
            if (candidate.name === declaration.superclass?.name) names.push(...ancestry(candidate));
          }
        }
        return names;
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const state = new Set(ancestry(declaration).flatMap((name) => [...(internal.get(name) ?? [])]));
          const hidden = new Set((declaration.members ?? []).filter((member) => !isPublic(member)).map((member) => member.name));
          declaration.members = declaration.members
            ?.filter((member) => isPublic(member) && !state.has(member.name))
            .map((member) => (member.default === undefined ? member : { ...member, default: value(member.default) }));
          const detailTypes = events.get(declaration.name);
          declaration.events = declaration.events?.map((event) =>
            detailTypes?.has(event.name) ? { ...event, type: { text: detailTypes.get(event.name) } } : event,
          );
          declaration.attributes = declaration.attributes
            ?.filter((attribute) => !state.has(attribute.fieldName) && !hidden.has(attribute.fieldName))
            .map((attribute) => (attribute.default === undefined ? attribute : { ...attribute, default: value(attribute.default) }));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/admin/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};

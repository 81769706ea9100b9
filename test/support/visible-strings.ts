/**
 * Finds the string literals in the client that a person would read: a small taint analysis on the
 * TypeScript compiler's view of the code. It starts at the DOM's text sinks — `createTextNode`,
 * `textContent` / `title` / `placeholder` / `ariaLabel` assignments, `setAttribute('aria-label' | 'title' …)`
 * and object properties with a visible name (`'aria-label'`, `title`, `label`, `placeholder` …) — and walks
 * back through what reaches them: conditionals, concatenation and templates, consts, array and object
 * literals, the return values of the client's own functions, and parameters back to every call site (a
 * method implemented in an object literal counts for calls through its interface; a callback of `map`
 * receives the array's elements). What comes from the message catalogues (the `isCatalogue` files) is
 * where visible text belongs, so the walk stops there.
 *
 * Not a proof: text built at run time from data, or passed through a library, is out of its sight. The
 * browser tests read the rendered page in Arabic for what this misses.
 */
import ts from 'typescript';

export interface VisibleString {
  file: string;
  line: number;
  text: string;
}

export interface VisibleStringOptions {
  /** Files whose literals are read (the client's sources, without the catalogues). */
  isChecked(fileName: string): boolean;
  /** The message catalogues: the walk stops at anything declared there. */
  isCatalogue(fileName: string): boolean;
}

/** DOM properties whose value is shown or read out. */
const VISIBLE_DOM_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'ariaDescription', 'alt', 'label']);
/** Attributes whose value is shown or read out. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt']);
/** Object properties that carry visible text by this codebase's naming (attrs, options, looks, commands). */
const VISIBLE_PROPERTIES = new Set([...VISIBLE_ATTRIBUTES, 'label', 'plural', 'message']);
/** Array methods whose callback's first parameter is an element of the receiver. */
const ELEMENT_CALLBACKS = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'some', 'every', 'findLast']);
/** Array methods whose result's elements are the callback's return values. */
const MAPPING = new Set(['map', 'flatMap']);

/** A literal "says something" when it holds a word: two letters or more, in any script. */
export function hasWord(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

export function findVisibleStrings(program: ts.Program, options: VisibleStringOptions): VisibleString[] {
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter((f) => options.isChecked(f.fileName) && !options.isCatalogue(f.fileName));
  const own = (node: ts.Node | undefined) => Boolean(node && options.isChecked(node.getSourceFile().fileName));
  const inCatalogue = (node: ts.Node | undefined) => Boolean(node && options.isCatalogue(node.getSourceFile().fileName));

  // Every call in the client, by the declaration it resolves to; and the interface members each
  // function implements (a method in an object literal, or a function a property refers to).
  const callsByDeclaration = new Map<ts.Node, ts.CallLikeExpression[]>();
  const implementations = new Map<ts.Node, ts.Node[]>();
  const addImplementation = (fn: ts.Node, member: ts.Node) => implementations.set(fn, [...(implementations.get(fn) ?? []), member]);
  const walkAll = (visit: (node: ts.Node) => void) => {
    const walk = (node: ts.Node) => {
      visit(node);
      ts.forEachChild(node, walk);
    };
    for (const file of files) walk(file);
  };
  walkAll((node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const declaration = checker.getResolvedSignature(node)?.declaration;
      if (declaration) callsByDeclaration.set(declaration, [...(callsByDeclaration.get(declaration) ?? []), node]);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const contextual = checker.getContextualType(node);
      if (!contextual) return;
      for (const property of node.properties) {
        if (!property.name || !ts.isIdentifier(property.name)) continue;
        const fn = functionOf(property);
        const member = contextual.getNonNullableType().getProperty(property.name.text);
        if (!fn || !member) continue;
        for (const declaration of member.declarations ?? []) {
          addImplementation(fn, declaration);
          if (ts.isPropertySignature(declaration) && declaration.type) addImplementation(fn, skipTypeParens(declaration.type));
        }
      }
    }
  });

  /** The function an object literal's property holds: a method, an arrow, or a const that holds one. */
  function functionOf(property: ts.ObjectLiteralElementLike): ts.SignatureDeclaration | undefined {
    if (ts.isMethodDeclaration(property)) return property;
    const value = ts.isPropertyAssignment(property) ? property.initializer
      : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    if (!value) return undefined;
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return value;
    const symbol = ts.isShorthandPropertyAssignment(property) ? checker.getShorthandAssignmentValueSymbol(property) : checker.getSymbolAtLocation(value);
    const declaration = symbol?.valueDeclaration;
    if (declaration && ts.isFunctionDeclaration(declaration)) return declaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer
      && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))) return declaration.initializer;
    return undefined;
  }

  const found = new Map<string, VisibleString>();
  const seen = new Set<string>();
  const key = (node: ts.Node, path: readonly string[]) => `${node.getSourceFile().fileName}:${node.pos}:${node.end}:${path.join('.')}`;

  const report = (node: ts.Node, text: string) => {
    if (!own(node) || !hasWord(text)) return;
    const file = node.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.set(`${file.fileName}:${node.pos}`, { file: file.fileName, line, text });
  };

  /** Walks back from `node`, whose value (or, with a path, the part of it the path names) is visible. */
  function visit(start: ts.Expression, path: readonly string[]): void {
    if (path.length > 8 || seen.has(key(start, path))) return;
    seen.add(key(start, path));
    const node = skipOuter(start);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (path.length === 0) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      if (path.length === 0) report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … '));
      for (const span of node.templateSpans) visit(span.expression, []);
    } else if (ts.isConditionalExpression(node)) {
      visit(node.whenTrue, path);
      visit(node.whenFalse, path);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.CommaToken) visit(node.right, path);
      else if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken) {
        visit(node.left, path);
        visit(node.right, path);
      }
    } else if (ts.isArrayLiteralExpression(node)) {
      const rest = path[0] === '[]' ? path.slice(1) : path;
      for (const element of node.elements) visit(ts.isSpreadElement(element) ? element.expression : element, ts.isSpreadElement(element) ? path : rest);
    } else if (ts.isObjectLiteralExpression(node)) {
      visitObject(node, path);
    } else if (ts.isIdentifier(node)) {
      visitIdentifier(node, path);
    } else if (ts.isPropertyAccessExpression(node)) {
      visitMember(node, node.expression, node.name.text, path);
    } else if (ts.isElementAccessExpression(node)) {
      const name = node.argumentExpression && ts.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : '[]';
      visitMember(node, node.expression, name, path);
    } else if (ts.isCallExpression(node)) {
      visitCall(node, path);
    } else if (ts.isAwaitExpression(node)) {
      visit(node.expression, path);
    } else if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && path[0] === '()') {
      // A function whose result is shown: a message such as `(m) => m.busy.loading`, called later.
      for (const value of returnedValues(node)) visit(value, path.slice(1));
    }
  }

  function visitObject(node: ts.ObjectLiteralExpression, path: readonly string[]) {
    const [first, ...rest] = path;
    if (first === undefined) return;
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) {
        visit(property.expression, path);
        continue;
      }
      const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
      if (first !== '[]' && name !== first) continue;
      if (ts.isPropertyAssignment(property)) visit(property.initializer, rest);
      else if (ts.isShorthandPropertyAssignment(property)) visit(property.name, rest);
    }
  }

  /** `receiver.name`: a property written in an object literal is followed there; otherwise the path goes into the receiver. */
  function visitMember(node: ts.Expression, receiver: ts.Expression, name: string, path: readonly string[]) {
    const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
    const declarations = symbol?.declarations ?? [];
    if (declarations.some(inCatalogue)) return;
    const written = declarations.filter((d): d is ts.PropertyAssignment | ts.ShorthandPropertyAssignment => ts.isPropertyAssignment(d) || ts.isShorthandPropertyAssignment(d));
    if (written.length && written.every(own)) {
      for (const d of written) visit(ts.isPropertyAssignment(d) ? d.initializer : d.name, path);
      return;
    }
    // Length, size and other numbers are not text.
    if (name === 'length' || name === 'size') return;
    visit(receiver, [name, ...path]);
  }

  function visitIdentifier(node: ts.Identifier, path: readonly string[]) {
    let symbol = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
      ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!declaration || inCatalogue(declaration) || !own(declaration)) return;
    if (ts.isVariableDeclaration(declaration)) {
      if (declaration.initializer) visit(declaration.initializer, path);
      const loop = declaration.parent.parent;
      if (ts.isForOfStatement(loop)) visit(loop.expression, ['[]', ...path]);
      if (symbol) visitWrites(symbol, declaration.getSourceFile(), path);
    } else if (ts.isParameter(declaration)) {
      visitParameter(declaration, path);
    } else if (ts.isBindingElement(declaration)) {
      visitBinding(declaration, path);
    } else if (ts.isFunctionDeclaration(declaration) && path[0] === '()') {
      for (const value of returnedValues(declaration)) visit(value, path.slice(1));
    }
  }

  /** Later writes to a variable: `x = …` and `x.push(…)`. */
  function visitWrites(symbol: ts.Symbol, file: ts.SourceFile, path: readonly string[]) {
    const refers = (n: ts.Node) => ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === symbol;
    const walk = (n: ts.Node) => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && refers(n.left)) visit(n.right, path);
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ['push', 'unshift'].includes(n.expression.name.text) && refers(n.expression.expression)) {
        for (const arg of n.arguments) visit(arg, path[0] === '[]' ? path.slice(1) : path);
      }
      ts.forEachChild(n, walk);
    };
    walk(file);
  }

  function visitBinding(element: ts.BindingElement, path: readonly string[]) {
    if (element.initializer) visit(element.initializer, path);
    const names: string[] = [];
    let current: ts.Node = element;
    while (ts.isBindingElement(current)) {
      const name = current.propertyName ?? current.name;
      names.unshift(ts.isArrayBindingPattern(current.parent) ? '[]' : ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '[]');
      current = current.parent.parent;
    }
    if (ts.isParameter(current)) visitParameter(current, [...names, ...path]);
    else if (ts.isVariableDeclaration(current) && current.initializer) visit(current.initializer, [...names, ...path]);
  }

  /** A parameter is visible: so is what every call passes for it (through an interface too). */
  function visitParameter(parameter: ts.ParameterDeclaration, path: readonly string[]) {
    const fn = parameter.parent;
    const index = fn.parameters.indexOf(parameter);
    if (parameter.initializer) visit(parameter.initializer, path);
    // A callback of an array method receives the receiver's elements.
    const call = fn.parent;
    if (index === 0 && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(call)
      && ts.isPropertyAccessExpression(call.expression) && ELEMENT_CALLBACKS.has(call.expression.name.text)) {
      visit(call.expression.expression, ['[]', ...path]);
    }
    const targets = [fn, ...(implementations.get(fn) ?? [])];
    for (const target of targets) {
      const signature = ts.isFunctionLike(target) ? target : undefined;
      const rest = Boolean(signature?.parameters[index]?.dotDotDotToken ?? parameter.dotDotDotToken);
      for (const site of callsByDeclaration.get(target) ?? []) {
        if (!ts.isCallExpression(site) && !ts.isNewExpression(site)) continue;
        const args = site.arguments ?? [];
        if (!rest) {
          const arg = args[index];
          if (arg) visit(arg, path);
          continue;
        }
        const each = path[0] === '[]' ? path.slice(1) : path;
        for (const arg of args.slice(index)) {
          if (ts.isSpreadElement(arg)) visit(arg.expression, ['[]', ...each]);
          else visit(arg, each);
        }
      }
    }
  }

  function visitCall(node: ts.CallExpression, path: readonly string[]) {
    const declaration = checker.getResolvedSignature(node)?.declaration;
    // A message of the catalogue (`m.greet(name)`); a function type declared beside it is not one.
    if (declaration && inCatalogue(declaration) && ts.isFunctionLike(declaration) && hasBody(declaration)) return;
    if (declaration && own(declaration) && ts.isFunctionLike(declaration) && hasBody(declaration)) {
      for (const value of returnedValues(declaration)) visit(value, path);
      return;
    }
    // A function known only by its type (a parameter, an option, an interface's method): its result is
    // whatever the functions handed in for it return.
    if (declaration && own(declaration)) {
      visit(node.expression, ['()', ...path]);
      return;
    }
    // A library call: string and array methods carry their receiver's text (`text.slice(1)`, `parts.join(' ')`).
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const callback = node.arguments[0];
      if (MAPPING.has(method) && path[0] === '[]' && callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) {
        for (const value of returnedValues(callback)) visit(value, method === 'flatMap' ? path : path.slice(1));
      } else if (method !== 'toLocaleString' && method !== 'toFixed') {
        visit(callee.expression, path);
      }
    } else if (ts.isIdentifier(callee) && callee.text === 'String' && node.arguments[0]) {
      visit(node.arguments[0], path);
    }
  }

  /** Start from every sink in the checked files. */
  walkAll((node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'createTextNode' && first) visit(first, []);
      if (method === 'setAttribute' && first && second && ts.isStringLiteralLike(first) && VISIBLE_ATTRIBUTES.has(first.text)) visit(second, []);
    }
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.EqualsToken || node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
      && ts.isPropertyAccessExpression(node.left) && VISIBLE_DOM_PROPERTIES.has(node.left.name.text)) {
      visit(node.right, []);
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && VISIBLE_PROPERTIES.has(node.name.text)) {
      visit(node.initializer, []);
    }
  });

  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function skipOuter(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current)
    || ts.isSatisfiesExpression(current) || ts.isTypeAssertionExpression(current)) {
    current = current.expression;
  }
  return current;
}

function skipTypeParens(node: ts.TypeNode): ts.TypeNode {
  let current = node;
  while (ts.isParenthesizedTypeNode(current)) current = current.type;
  return current;
}

function hasBody(fn: ts.SignatureDeclaration): boolean {
  return Boolean((fn as ts.FunctionLikeDeclarationBase).body);
}

/** What a function can return: its expression body, or every `return` in it (not in nested functions). */
function returnedValues(fn: ts.SignatureDeclaration): ts.Expression[] {
  const body = (fn as ts.FunctionLikeDeclarationBase).body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];
  const values: ts.Expression[] = [];
  const walk = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) values.push(node.expression);
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(body, walk);
  return values;
}

/** A program over the client's sources, with the DOM's types (as the project's tsconfig has them). */
export function clientProgram(rootFiles: string[]): ts.Program {
  return ts.createProgram(rootFiles, {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
}

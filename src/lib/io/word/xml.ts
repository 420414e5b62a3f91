/**
 * XML in, a small element tree out, for the parts of Word and OpenDocument files. htmlparser2 reads the
 * markup (in its XML mode: self-closing tags, CDATA, the five entities and numeric references); this module
 * builds the tree and resolves namespaces, so that readers match elements by a canonical prefix whatever the
 * producer chose: `w:p` is the WordprocessingML paragraph whether the file declared it as `w:`, `ns0:` or
 * the default namespace, in transitional or strict Office Open XML.
 *
 * Why htmlparser2: it is maintained, fast, has no Node built-ins (the same code runs in the browser and its
 * web worker, where `DOMParser` does not exist), and it also reads HTML, which the web-page reader needs: one
 * parser for both. It is forgiving: a part that is not well-formed still gives what can be read.
 */
import { Parser } from 'htmlparser2';

/** An element: canonical name (`w:p`), attributes by canonical name (`w:val`), children in order. */
export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: XmlNode[];
}

/** A child: an element, or a piece of character data. */
export type XmlNode = XmlElement | string;

/** Namespaces read by resodiff, by URI, and the prefix each is known by here. */
const NAMESPACES: Record<string, string> = {
	'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
	'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
	'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
	'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
	'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
	'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
	'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
	'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
	'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
	'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'cp',
	'http://purl.oclc.org/ooxml/officeDocument/customProperties': 'cp',
	'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
	'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'vt',
	'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
	'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
	'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
	'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
	'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
	'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
	'http://purl.org/dc/elements/1.1/': 'dc',
	'urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0': 'loext'
};

/** Elements nested deeper than this are dropped: no real document comes near it, a hostile one is bounded. */
const MAX_DEPTH = 256;

/** In-scope namespace declarations: prefix ('' for the default) → URI. */
type Scope = Map<string, string>;

/** The canonical form of a qualified name, given the namespaces in scope; unknown namespaces keep their prefix. */
function canonical(qname: string, scope: Scope, isAttribute: boolean): string {
	const colon = qname.indexOf(':');
	if (colon < 0) {
		// The default namespace applies to elements, never to attributes.
		if (isAttribute) return qname;
		const uri = scope.get('');
		const prefix = uri === undefined ? undefined : NAMESPACES[uri];
		return prefix ? `${prefix}:${qname}` : qname;
	}
	const uri = scope.get(qname.slice(0, colon));
	const prefix = uri === undefined ? undefined : NAMESPACES[uri];
	return prefix ? prefix + qname.slice(colon) : qname;
}

/**
 * Parses an XML part into its root element (a synthetic `#document` element when there is none, so the
 * caller always gets an element). Never throws on malformed input: what was read is returned.
 */
export function parseXml(xml: string): XmlElement {
	const root: XmlElement = { name: '#document', attrs: {}, children: [] };
	const stack: { element: XmlElement; scope: Scope }[] = [{ element: root, scope: new Map() }];
	// Elements opened beyond MAX_DEPTH: counted, not built, so their closing tags can be matched.
	let skipped = 0;
	const parser = new Parser(
		{
			onopentag(name, attribs) {
				if (skipped > 0 || stack.length > MAX_DEPTH) {
					skipped++;
					return;
				}
				const parent = stack[stack.length - 1];
				let scope = parent.scope;
				for (const key in attribs) {
					if (key === 'xmlns' || key.startsWith('xmlns:')) {
						if (scope === parent.scope) scope = new Map(scope);
						scope.set(key === 'xmlns' ? '' : key.slice(6), attribs[key]);
					}
				}
				const attrs: Record<string, string> = {};
				for (const key in attribs) {
					if (key !== 'xmlns' && !key.startsWith('xmlns:')) attrs[canonical(key, scope, true)] = attribs[key];
				}
				const element: XmlElement = { name: canonical(name, scope, false), attrs, children: [] };
				parent.element.children.push(element);
				stack.push({ element, scope });
			},
			ontext(text) {
				if (skipped > 0) return;
				const children = stack[stack.length - 1].element.children;
				const last = children.length - 1;
				// The parser may hand one piece of text over in several calls (entities, buffer ends).
				if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + text;
				else children.push(text);
			},
			onclosetag() {
				if (skipped > 0) skipped--;
				else if (stack.length > 1) stack.pop();
			}
		},
		{ xmlMode: true, decodeEntities: true }
	);
	parser.write(xml);
	parser.end();
	return root;
}

/** The first child element with this name, or undefined. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
	if (!element) return undefined;
	for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node;
	return undefined;
}

/** The child elements, all of them or those with this name. */
export function elements(element: XmlElement | undefined, name?: string): XmlElement[] {
	if (!element) return [];
	const out: XmlElement[] = [];
	for (const node of element.children)
		if (typeof node !== 'string' && (name === undefined || node.name === name)) out.push(node);
	return out;
}

/** The first element with this name at any depth below `element`, in document order. */
export function descendant(element: XmlElement | undefined, name: string): XmlElement | undefined {
	if (!element) return undefined;
	const stack: XmlNode[] = [...element.children].reverse();
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (typeof node === 'string') continue;
		if (node.name === name) return node;
		for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
	}
	return undefined;
}

/** All the character data below an element, in order. */
export function textContent(element: XmlElement): string {
	let out = '';
	const stack: XmlNode[] = [element];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (typeof node === 'string') out += node;
		else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
	}
	return out;
}

/** Decodes the bytes of an XML part: UTF-8 unless a byte-order mark says UTF-16. */
export function decodeXml(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	return new TextDecoder('utf-8').decode(bytes);
}

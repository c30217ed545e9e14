#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/constants.ts
// Input and output names live here, once: action.yml, the CLI's flags and the
// README all speak of these names, so a typo in one place cannot drift.
const VERSION = '1.0.0';
const Inputs = {
    matrix: 'matrix',
    matrixFile: 'matrix-file',
    run: 'run',
    shell: 'shell',
    workingDirectory: 'working-directory',
    env: 'env',
    devices: 'devices',
    devicesPerJob: 'devices-per-job',
    maxParallel: 'max-parallel',
    deviceEnv: 'device-env',
    jobName: 'job-name',
    timeoutMinutes: 'timeout-minutes',
    killGraceSeconds: 'kill-grace-seconds',
    retries: 'retries',
    maxFailures: 'max-failures',
    failFast: 'fail-fast',
    logDir: 'log-dir',
    logMode: 'log-mode',
    resultsFile: 'results-file',
    objective: 'objective',
    dryRun: 'dry-run',
    lockDir: 'lock-dir',
    order: 'order',
    previousResults: 'previous-results',
    resume: 'resume',
    shard: 'shard',
    merge: 'merge',
};
const INPUT_NAMES = Object.values(Inputs);
const constants_Outputs = {
    results: 'results',
    total: 'total',
    succeeded: 'succeeded',
    failed: 'failed',
    timedOut: 'timed-out',
    cancelled: 'cancelled',
    skipped: 'skipped',
    reused: 'reused',
    resultsFile: 'results-file',
    logDir: 'log-dir',
    best: 'best',
    bestIndex: 'best-index',
};
/** Grace between SIGTERM and SIGKILL when the runner cancels: the runner sends
 * SIGTERM to node 7.5 s after SIGINT and SIGKILL 2.5 s later, so jobs must be
 * dead and results published well before 7.5 s. */
const CANCEL_GRACE_CAP_MS = 4000;
/** Set in every job's environment so the post step can tell our process groups
 * from unrelated processes that happen to reuse a pid. */
const RUN_MARKER_ENV = 'GPU_SWEEP_RUN';

;// CONCATENATED MODULE: ./src/cli-args.ts
// The gpu-sweep command line, parsed: argv and a config file in, the same raw
// input map the action reads out. Pure (no process, no files): the edge in
// cli.ts reads the config file and hands its text here.
//
// Every sweep option is an action input under the same name, so the option
// table below is generated from INPUT_NAMES; only the descriptions and the few
// inputs that behave differently on a command line are listed by hand.


/** A command line that cannot be understood. The message is one line. */
class UsageError extends Error {
    name = 'UsageError';
}
const COMMANDS = ['run', 'plan', 'summary', 'merge'];
/**
 * What each input means, worded as in action.yml (a test keeps them equal),
 * except where the CLI's behaviour differs: its default folders.
 */
const DESCRIPTIONS = {
    matrix: 'The sweep matrix, inline YAML or JSON, in strategy.matrix form (keys with lists, include, exclude) or as a list of objects. Give this or matrix-file.',
    'matrix-file': 'Path of a YAML or JSON file holding the matrix. Give this or matrix.',
    run: 'The script each job runs. Placeholders {{ matrix.KEY }}, {{ sweep.devices }}, {{ sweep.index }}, {{ sweep.id }}, {{ sweep.name }}, {{ sweep.attempt }} are replaced safely quoted.',
    shell: "bash (default, as 'bash --noprofile --norc -eo pipefail {0}'), sh, python, pwsh, or a command template containing {0}.",
    'working-directory': 'Directory the jobs start in.',
    env: 'Extra environment variables for every job, one KEY=VALUE per line.',
    devices: 'auto (CUDA_VISIBLE_DEVICES, else the GPUs nvidia-smi lists) or device ids separated by commas, spaces or newlines: indices, GPU-/MIG- UUIDs, or any labels.',
    'devices-per-job': 'How many devices each job holds exclusively.',
    'max-parallel': 'Most jobs running at once; 0 = as many as the devices allow.',
    'device-env': "Variable name(s), comma-separated, set to the job's devices (comma-joined).",
    'job-name': "Template for job names, e.g. 'lr={{ matrix.lr }}'. Default: the entry's values joined, like GitHub: (0.1, 32).",
    'timeout-minutes': 'Time limit per job attempt in minutes (fractions allowed); 0 = none.',
    'kill-grace-seconds': 'Seconds between SIGTERM and SIGKILL for a job that timed out or left processes behind (capped at 4 on cancellation).',
    retries: 'Re-run a failed or timed-out job up to this many more times, on a different device when one is free.',
    'max-failures': 'Stop starting jobs once this many have finally failed; 0 = never stop.',
    'fail-fast': 'Stop at the first failure and cancel the running jobs.',
    'log-dir': 'Folder for per-job logs and output files. Default: ./gpu-sweep-out/logs.',
    'log-mode': "grouped (each job's output after its finish line, in a collapsible group) or live (prefixed lines as they come).",
    'results-file': 'Path of the results JSON. Default: ./gpu-sweep-out/results.json.',
    objective: 'max:KEY or min:KEY: the job output that picks the best job (outputs best and best-index).',
    'dry-run': 'Expand the matrix and resolve devices, publish the plan, run nothing.',
    'lock-dir': 'Host-wide lease folder so several runners on one machine never share a device; empty disables.',
    order: 'auto (longest-first when previous-results is given, else fifo), fifo, or longest-first.',
    'previous-results': 'Results files of earlier runs (one per line), for durations (order) and resume.',
    resume: 'With previous-results, reuse jobs that already succeeded instead of running them again.',
    shard: "i/n: run only this runner's share of the matrix (1-based), for a sweep spread over several runners.",
    merge: 'A glob of shard results files to merge into one report (then matrix and run are not needed).',
};
/** The action's defaults (action.yml), for --help. */
const DEFAULTS = {
    shell: 'bash',
    'working-directory': '.',
    devices: 'auto',
    'devices-per-job': '1',
    'max-parallel': '0',
    'device-env': 'CUDA_VISIBLE_DEVICES',
    'timeout-minutes': '0',
    'kill-grace-seconds': '10',
    retries: '0',
    'max-failures': '0',
    'fail-fast': 'false',
    'log-mode': 'grouped',
    'dry-run': 'false',
    'lock-dir': '/tmp/gpu-sweep/locks',
    order: 'auto',
    resume: 'false',
};
const BOOLEAN_INPUTS = [Inputs.failFast, Inputs.dryRun, Inputs.resume];
/** Inputs that hold one item per line in the action: the flag is given once per item. */
const REPEATED_INPUTS = [Inputs.env, Inputs.previousResults];
const METAVARS = {
    matrix: 'YAML',
    'matrix-file': 'FILE',
    run: 'SCRIPT',
    shell: 'SHELL',
    'working-directory': 'DIR',
    env: 'KEY=VALUE',
    devices: 'IDS',
    'devices-per-job': 'N',
    'max-parallel': 'N',
    'device-env': 'NAMES',
    'job-name': 'TEMPLATE',
    'timeout-minutes': 'MINUTES',
    'kill-grace-seconds': 'SECONDS',
    retries: 'N',
    'max-failures': 'N',
    'log-dir': 'DIR',
    'log-mode': 'MODE',
    'results-file': 'FILE',
    objective: 'max:KEY|min:KEY',
    'lock-dir': 'DIR',
    order: 'ORDER',
    'previous-results': 'FILE',
    shard: 'I/N',
};
function specOf(input) {
    const kind = BOOLEAN_INPUTS.includes(input)
        ? 'flag'
        : REPEATED_INPUTS.includes(input)
            ? 'repeat'
            : 'value';
    const spec = {
        input,
        kind,
        metavar: METAVARS[input] ?? 'VALUE',
        description: DESCRIPTIONS[input],
    };
    const fallback = DEFAULTS[input];
    if (fallback !== undefined)
        spec.default = fallback;
    return spec;
}
/**
 * The options of `run` and `plan`: every action input but `merge`, which is a
 * command of its own here. The flag is `--` + the input name.
 */
const SWEEP_OPTIONS = INPUT_NAMES.filter((name) => name !== Inputs.merge).map(specOf);
/** The inputs `merge` takes besides its files. */
const MERGE_OPTIONS = [
    {
        ...specOf(Inputs.resultsFile),
        description: 'Path of the merged results JSON. Default: ./gpu-sweep-out/merged.json.',
    },
    {
        ...specOf(Inputs.objective),
        description: "max:KEY or min:KEY: the job output that picks the best job (default: the shards' own).",
    },
];
const HELP = { name: 'help', description: 'Show this help.' };
const CONFIG = {
    name: 'config',
    metavar: 'FILE',
    description: "A YAML file with the same keys as the action's `with:` block; options given here override it.",
};
const EXTRAS = {
    run: [
        CONFIG,
        {
            name: 'no-progress',
            description: 'Print one plain line per event instead of the live view on a terminal.',
        },
        HELP,
    ],
    plan: [
        CONFIG,
        {
            name: 'json',
            description: 'Print the jobs as a JSON array of {index, id, name, matrix}, in matrix order.',
        },
        HELP,
    ],
    summary: [HELP],
    merge: [HELP],
};
/** `--name=value` or `--name`, split. */
function splitOption(arg) {
    const eq = arg.indexOf('=');
    return eq < 0
        ? { name: arg.slice(2), inline: undefined }
        : { name: arg.slice(2, eq), inline: arg.slice(eq + 1) };
}
function parseBoolean(name, value) {
    if (/^(true|false)$/i.test(value))
        return value.toLowerCase();
    throw new UsageError(`Invalid --${name} '${value}'. Expected --${name}, --${name}=true or --${name}=false.`);
}
/**
 * Parse the options of one command. `extras` are the command's own flags (the
 * names of those that take a value map to true); every other option must be
 * one of `inputs`.
 */
function parseOptions(command, args, inputs, extras) {
    const raw = {};
    const extra = {};
    const positionals = [];
    const repeated = new Map();
    const byName = new Map(inputs.map((o) => [o.input, o]));
    let i = 0;
    const valueOf = (name, inline) => {
        if (inline !== undefined)
            return inline;
        const next = args[i + 1];
        // A value that starts with `--` is more likely a forgotten value than a
        // value; the `=` form says which was meant.
        if (next === undefined || next.startsWith('--'))
            throw new UsageError(`Option --${name} needs a value: --${name} VALUE or --${name}=VALUE.`);
        i += 1;
        return next;
    };
    for (; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            for (const [input, values] of repeated)
                raw[input] = values.join('\n');
            return { raw, extra, positionals, argv: args.slice(i + 1) };
        }
        if (arg === '-h') {
            extra.help = true;
            continue;
        }
        if (!arg.startsWith('--') || arg === '-') {
            if (arg.startsWith('-') && arg !== '-')
                throw new UsageError(`Unknown option '${arg}' for gpu-sweep ${command}; see gpu-sweep ${command} --help.`);
            positionals.push(arg);
            continue;
        }
        const { name, inline } = splitOption(arg);
        if (name in extras) {
            if (extras[name])
                extra[name] = valueOf(name, inline);
            else if (inline !== undefined)
                throw new UsageError(`Option --${name} takes no value, got --${name}=${inline}.`);
            else
                extra[name] = true;
            continue;
        }
        const spec = byName.get(name);
        if (!spec)
            throw new UsageError(`Unknown option '--${name}' for gpu-sweep ${command}; see gpu-sweep ${command} --help.`);
        if (spec.kind === 'flag') {
            raw[spec.input] = inline === undefined ? 'true' : parseBoolean(name, inline);
        }
        else if (spec.kind === 'repeat') {
            repeated.set(spec.input, [...(repeated.get(spec.input) ?? []), valueOf(name, inline)]);
        }
        else {
            raw[spec.input] = valueOf(name, inline);
        }
    }
    for (const [input, values] of repeated)
        raw[input] = values.join('\n');
    return { raw, extra, positionals, argv: null };
}
/** Parse the arguments after `gpu-sweep`. Throws UsageError with a one-line message. */
function parseArgs(args) {
    const [first, ...rest] = args;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
        const topic = first === 'help' && rest[0] ? commandName(rest[0]) : null;
        return { command: 'help', topic };
    }
    if (first === '--version' || first === '-V' || first === 'version')
        return { command: 'version' };
    const command = commandName(first);
    if (command === 'run' || command === 'plan') {
        const own = { config: true, help: false };
        if (command === 'run')
            own['no-progress'] = false;
        else
            own.json = false;
        const parsed = parseOptions(command, rest, SWEEP_OPTIONS, own);
        if (parsed.extra.help)
            return { command: 'help', topic: command };
        if (parsed.positionals.length)
            throw new UsageError(`Unexpected argument '${parsed.positionals[0]}' for gpu-sweep ${command}: put a command to run after --, e.g. gpu-sweep ${command} --matrix '…' -- python train.py.`);
        if (parsed.argv !== null && parsed.argv.length === 0)
            throw new UsageError(`Nothing after --: give the command each job runs, e.g. -- python train.py.`);
        return {
            command,
            raw: parsed.raw,
            config: typeof parsed.extra.config === 'string' ? parsed.extra.config : null,
            argv: parsed.argv ?? [],
            json: parsed.extra.json === true,
            progress: parsed.extra['no-progress'] !== true,
        };
    }
    const parsed = parseOptions(command, rest, command === 'merge' ? MERGE_OPTIONS : [], {
        help: false,
    });
    if (parsed.extra.help)
        return { command: 'help', topic: command };
    if (parsed.argv !== null)
        throw new UsageError(`gpu-sweep ${command} runs no command; remove the -- and what follows.`);
    if (command === 'summary') {
        if (parsed.positionals.length !== 1)
            throw new UsageError(`gpu-sweep summary takes one results file, got ${parsed.positionals.length}: gpu-sweep summary results.json.`);
        return { command, file: parsed.positionals[0] };
    }
    if (parsed.positionals.length === 0)
        throw new UsageError(`gpu-sweep merge needs results files or globs: gpu-sweep merge 'shards/*/results.json'.`);
    return { command, files: parsed.positionals, raw: parsed.raw };
}
function commandName(text) {
    if (COMMANDS.includes(text))
        return text;
    throw new UsageError(`Unknown command '${text}'. Expected one of: ${COMMANDS.join(', ')} (see gpu-sweep --help).`);
}
// ── The config file ─────────────────────────────────────────────────────────
const SCALAR = ['string', 'number', 'boolean', 'bigint'];
function scalarText(value) {
    if (value === null || value === undefined)
        return '';
    return SCALAR.includes(typeof value) ? String(value) : undefined;
}
/** One config value as the action would receive it: text. */
function inputText(key, value, file) {
    const scalar = scalarText(value);
    if (scalar !== undefined)
        return scalar;
    // A matrix is data: as YAML text it parses back to the same entries (Maps
    // keep their key order, which a plain object would not for numeric keys).
    if (key === Inputs.matrix && (value instanceof Map || Array.isArray(value)))
        return (0,dist/* stringify */.As)(value);
    if (key === Inputs.env && value instanceof Map) {
        const lines = [];
        for (const [name, v] of value) {
            const text = scalarText(v);
            if (typeof name !== 'string' || text === undefined)
                throw new UsageError(`Invalid env in config '${file}': expected KEY: value pairs with text values, got '${String(name)}'.`);
            lines.push(`${name}=${text}`);
        }
        return lines.join('\n');
    }
    if (Array.isArray(value)) {
        const items = value.map(scalarText);
        if (items.every((t) => t !== undefined))
            return items.join('\n');
    }
    throw new UsageError(`Invalid ${key} in config '${file}': expected text, a number, true/false${key === Inputs.matrix ? ', a mapping or a list' : ' or a list of them'}.`);
}
/**
 * Read a config file's text: the keys of the action's `with:` block, so one
 * file serves both. Keys starting with `x-` are ignored, a place for YAML
 * anchors. `merge` is a command here, so it is refused.
 */
function parseConfig(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, merge: true });
    if (doc.errors.length)
        throw new UsageError(`Invalid config '${file}': ${doc.errors[0].message.split('\n')[0]}`);
    const value = doc.toJS({ mapAsMap: true });
    if (value === null || value === undefined)
        return {};
    if (!(value instanceof Map))
        throw new UsageError(`Invalid config '${file}': expected a mapping of action inputs (matrix:, run:, devices: …).`);
    const raw = {};
    for (const [key, v] of value) {
        const name = String(key);
        if (name.startsWith('x-'))
            continue;
        if (name === Inputs.merge)
            throw new UsageError(`Invalid key 'merge' in config '${file}': merging is a command here: gpu-sweep merge FILES.`);
        if (!INPUT_NAMES.includes(name))
            throw new UsageError(`Unknown key '${name}' in config '${file}'; expected action inputs (see gpu-sweep run --help).`);
        raw[name] = inputText(name, v, file);
    }
    return raw;
}
/**
 * Options over the config file, key by key. Some inputs exclude each other, so
 * giving one as an option drops the other from the config: `--matrix-file`
 * replaces the config's `matrix`, and a command after `--` replaces its `run`.
 */
function overlay(config, flags, hasCommand) {
    const merged = { ...config };
    if (flags.matrix !== undefined || flags['matrix-file'] !== undefined) {
        delete merged.matrix;
        delete merged['matrix-file'];
    }
    if (hasCommand)
        delete merged.run;
    return { ...merged, ...flags };
}
// ── Help ────────────────────────────────────────────────────────────────────
const WIDTH = 80;
function wrap(text, indent) {
    const lines = [];
    let line = '';
    // A placeholder such as `{{ matrix.lr }}` is one word: never split across lines.
    for (const word of text.match(/(?:\{\{[^}]*\}\}|\S)+/g) ?? []) {
        if (line && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.map((l) => ' '.repeat(indent) + l);
}
function optionHelp(spec) {
    const usage = spec.kind === 'flag'
        ? `--${spec.input}[=false]`
        : `--${spec.input} ${spec.metavar}${spec.kind === 'repeat' ? '  (repeatable)' : ''}`;
    const text = spec.default !== undefined
        ? `${spec.description} [default: ${spec.default}]`
        : spec.description;
    return [`  ${usage}`, ...wrap(text, 6)];
}
function extraHelp(extra) {
    return [
        `  --${extra.name}${extra.metavar ? ` ${extra.metavar}` : ''}`,
        ...wrap(extra.description, 6),
    ];
}
const USAGE = {
    run: [
        'Usage: gpu-sweep run [options] [-- command args…]',
        '',
        'Run every job of the matrix, one per device at a time, and write the results file.',
        'A command after -- is run directly with its arguments (no shell) instead of --run.',
        'Exit status: 0 all jobs succeeded, 1 some did not, 2 usage or configuration error,',
        '130 interrupted (Ctrl-C once cancels cleanly; twice kills the jobs at once).',
    ],
    plan: [
        'Usage: gpu-sweep plan [options] [-- command args…]',
        '',
        'Expand the matrix and print the jobs `run` would run with these options (with',
        '--shard, only that shard’s), in matrix order. Runs nothing.',
    ],
    summary: [
        'Usage: gpu-sweep summary RESULTS_FILE',
        '',
        'Print the markdown summary of a results file (as the action writes to the job summary).',
    ],
    merge: [
        'Usage: gpu-sweep merge FILE_OR_GLOB… [--results-file FILE] [--objective max:KEY|min:KEY]',
        '',
        'Merge the results files of a sharded sweep into one, print its table and write it',
        '(default ./gpu-sweep-out/merged.json). Exit status 1 when a shard is missing or a',
        'job did not succeed.',
    ],
};
/** The text of `--help`, for the program or one command. */
function helpText(topic) {
    if (topic === null) {
        return [
            `gpu-sweep ${VERSION}: run a parameter sweep across a machine's GPUs, one job per GPU at a time.`,
            '',
            'Usage: gpu-sweep COMMAND [options]',
            '',
            'Commands:',
            '  run       run the sweep (options mirror the GitHub Action inputs)',
            '  plan      print the jobs a run would run, run nothing',
            '  summary   print the markdown summary of a results file',
            '  merge     merge the results files of a sharded sweep',
            '',
            'Example:',
            "  gpu-sweep run --matrix '{lr: [0.1, 0.01], batch: [32, 64]}' --devices 0,1 \\",
            "    --run 'python train.py --lr {{ matrix.lr }} --batch {{ matrix.batch }}'",
            '',
            'gpu-sweep COMMAND --help shows the options of a command; gpu-sweep --version the version.',
            '',
        ].join('\n');
    }
    const lines = [...USAGE[topic], '', 'Options:'];
    const inputs = topic === 'run' || topic === 'plan' ? SWEEP_OPTIONS : topic === 'merge' ? MERGE_OPTIONS : [];
    for (const spec of inputs)
        lines.push(...optionHelp(spec));
    for (const extra of EXTRAS[topic])
        lines.push(...extraHelp(extra));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/logs.ts
// Display cleaning of job output. Live lines, log tails and the grouped log print
// all go through the LineSplitter, so a line reads the same wherever it is shown.
//
// Jobs print whatever they like: progress bars that repaint with `\r`, ANSI colours,
// stray NULs, invalid UTF-8, lines of hundreds of megabytes. None of that may reach
// a terminal or a summary raw, and none of it may make memory grow with the output.


const DEFAULT_MAX_LINE_CHARS = 4096;
const TRUNCATION_MARKER = '…';
const CR = 13;
// CSI sequences (colours, cursor moves: `ESC [ params intermediates final`). Any
// other escape is reduced to its printable part once the ESC itself is removed.
// eslint-disable-next-line no-control-regex
const CSI_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]/g;
// C0 controls and DEL, except tab. `\r` and `\n` never get here: the splitter
// has already turned them into line structure.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0a-\x1f\x7f]/g;
function cleanLine(raw) {
    return raw.replace(CSI_SEQUENCE, '').replace(CONTROL_CHARS, '');
}
/**
 * Turns a byte stream into display lines, calling `onLine` for each complete one.
 *
 * - UTF-8 is decoded across chunk boundaries; invalid bytes become U+FFFD.
 * - `\r\n` is a newline. A `\r` followed by more text is a terminal repaint: only
 *   what follows the last one is kept, so a progress bar shows its final state.
 * - A line longer than `maxLineChars` is cut with a `…` marker and the rest of it
 *   is discarded as it arrives: memory stays bounded for a line of any length.
 */
class LineSplitter {
    onLine;
    maxLineChars;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    current = '';
    /** The line passed maxLineChars: drop its text until a newline or a repaint. */
    truncated = false;
    /** The text seen so far ended with `\r`: a repaint, unless a newline follows. */
    pendingCR = false;
    constructor(onLine, maxLineChars = DEFAULT_MAX_LINE_CHARS) {
        this.onLine = onLine;
        this.maxLineChars = maxLineChars;
    }
    push(chunk) {
        this.feed(this.decoder.write(chunk));
    }
    /** Flushes a final line that has no newline (and an incomplete UTF-8 sequence). */
    end() {
        this.feed(this.decoder.end());
        if (this.current.length > 0 || this.truncated)
            this.emit();
        this.pendingCR = false;
    }
    feed(text) {
        let pos = 0;
        while (pos < text.length) {
            const nl = text.indexOf('\n', pos);
            if (nl < 0) {
                this.segment(text.slice(pos), false);
                return;
            }
            this.segment(text.slice(pos, nl), true);
            pos = nl + 1;
        }
    }
    /** A piece of one line without `\n`; `terminated` when a `\n` ended it. */
    segment(seg, terminated) {
        // Trailing `\r`s are only a repaint if more text follows on the same line;
        // before `\n` (or at the very end) they are line-ending noise.
        let end = seg.length;
        while (end > 0 && seg.charCodeAt(end - 1) === CR)
            end--;
        const trailingCR = end < seg.length;
        if (end > 0) {
            const text = end < seg.length ? seg.slice(0, end) : seg;
            const lastCR = text.lastIndexOf('\r');
            if (this.pendingCR || lastCR >= 0) {
                this.current = '';
                this.truncated = false;
            }
            this.pendingCR = false;
            this.append(lastCR >= 0 ? text.slice(lastCR + 1) : text);
        }
        if (trailingCR)
            this.pendingCR = true;
        if (terminated) {
            this.emit();
            this.pendingCR = false;
        }
    }
    append(text) {
        if (this.truncated || text.length === 0)
            return;
        const room = this.maxLineChars - this.current.length;
        if (text.length <= room) {
            this.current += text;
            return;
        }
        let cut = room;
        // Never split a surrogate pair: half a character would render as garbage.
        const code = text.charCodeAt(cut - 1);
        if (cut > 0 && code >= 0xd800 && code <= 0xdbff)
            cut--;
        this.current += text.slice(0, cut);
        this.truncated = true;
    }
    emit() {
        const line = cleanLine(this.current) + (this.truncated ? TRUNCATION_MARKER : '');
        this.current = '';
        this.truncated = false;
        this.onLine(line);
    }
}
/** A whole buffer as display lines (the same rules as LineSplitter). */
function cleanLines(buf, maxLineChars) {
    const lines = [];
    const splitter = new LineSplitter((line) => lines.push(line), maxLineChars);
    splitter.push(buf);
    splitter.end();
    return lines;
}
/**
 * The last lines of a log file, display-cleaned, reading at most `maxBytes` from
 * its end. When bytes had to be skipped the tail starts at a line boundary, so its
 * first line is never a fragment (unless the window holds no newline at all: then
 * it is the end of one long line, shown with a leading `…`). A missing file, or
 * one that is not a regular file (a FIFO, /dev/null), has no lines.
 */
async function readLogTail(file, opts) {
    let handle;
    try {
        // Only a regular file has a tail: opening a FIFO would wait for a writer forever.
        if (!(await (0,promises_namespaceObject.stat)(file)).isFile())
            return { lines: [], omittedBytes: 0 };
        handle = await (0,promises_namespaceObject.open)(file, 'r');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { lines: [], omittedBytes: 0 };
        throw err;
    }
    try {
        const size = (await handle.stat()).size;
        const start = Math.max(0, size - Math.max(0, opts.maxBytes));
        const buf = Buffer.alloc(size - start);
        let got = 0;
        while (got < buf.length) {
            const { bytesRead } = await handle.read(buf, got, buf.length - got, start + got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        let window = buf.subarray(0, got);
        let omittedBytes = start;
        let prefix = '';
        if (start > 0) {
            const nl = window.indexOf(0x0a);
            if (nl >= 0 && nl < window.length - 1) {
                window = window.subarray(nl + 1);
                omittedBytes += nl + 1;
            }
            else {
                prefix = TRUNCATION_MARKER;
            }
        }
        let lines = cleanLines(window);
        if (prefix && lines.length > 0)
            lines[0] = prefix + lines[0];
        if (opts.maxLines !== undefined) {
            lines = opts.maxLines > 0 ? lines.slice(-opts.maxLines) : [];
        }
        return { lines, omittedBytes };
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/report.ts
// What a finished sweep publishes, computed from its ResultsDocument: the step
// outputs and the job-summary markdown. Pure: no I/O and no @actions/core, so every
// size limit and every escape is tested on plain data.
//
// Everything a job wrote (names, matrix values, outputs, logs, its own summary) is
// untrusted text: `core.summary` does not escape HTML, so this module escapes every
// such string itself, for the context it lands in (table cell, raw HTML line,
// mermaid source, code block).


/** GitHub keeps at most 1 MB of step outputs per job. */
const OUTPUT_LIMIT_BYTES = 1_000_000;
/** GitHub keeps at most 1 MiB of a step's job summary. */
const SUMMARY_LIMIT_BYTES = 1_048_576;
/**
 * Bytes counted per output on top of its name and value: `core.setOutput` writes
 * `name<<ghadelimiter_<uuid>`, the value and the delimiter again (about 100 bytes).
 */
const OUTPUT_FRAMING_BYTES = 100;
/** Table cells, best-line values and headers are cut to this many characters. */
const MAX_CELL_CHARS = 100;
/** A table wider than this is unreadable; the rest is in the results file. */
const MAX_COLUMNS_PER_KIND = 20;
/** Past this many tasks a gantt chart is a grey smear, and mermaid slows to a crawl. */
const MAX_TIMELINE_JOBS = 500;
/** Mermaid refuses diagrams longer than this (its default `maxTextSize`). */
const MAX_MERMAID_CHARS = 50_000;
const MAX_TASK_NAME_CHARS = 30;
const MAX_TAIL_LINE_CHARS = 1000;
const MAX_TITLE_CHARS = 200;
/** Room kept for the "left out" notes while choosing what else fits. */
const NOTE_RESERVE_BYTES = 2048;
// ---------------------------------------------------------------------------
// Counting and choosing
/** Jobs per status, and in total. */
function tally(jobs) {
    const counts = {
        success: 0,
        failure: 0,
        timeout: 0,
        cancelled: 0,
        skipped: 0,
        reused: 0,
        total: jobs.length,
    };
    for (const job of jobs)
        counts[job.status] += 1;
    return counts;
}
/** An output as a finite number, or undefined when it is missing, blank or not a number. */
function objectiveValue(job, key) {
    if (!Object.hasOwn(job.outputs, key))
        return undefined;
    const raw = job.outputs[key];
    if (typeof raw !== 'string' || raw.trim() === '')
        return undefined;
    const value = Number(raw.trim());
    return Number.isFinite(value) ? value : undefined;
}
/**
 * Index (JobResult.index) of the best job by an objective output, among jobs that
 * succeeded or were reused and whose output parses as a finite number. Ties go to
 * the lowest index.
 */
function findBest(jobs, objective) {
    let best;
    for (const job of jobs) {
        if (job.status !== 'success' && job.status !== 'reused')
            continue;
        const value = objectiveValue(job, objective.key);
        if (value === undefined)
            continue;
        const better = best === undefined ||
            (objective.direction === 'max' ? value > best.value : value < best.value) ||
            (value === best.value && job.index < best.index);
        if (better)
            best = { index: job.index, value };
    }
    return best?.index;
}
/** The document's best job: its recorded bestIndex, else computed from its objective. */
/** The best job: the one the document names, or found by its objective. */
function bestJobOf(doc) {
    if (!doc.objective)
        return undefined;
    const index = doc.bestIndex ?? findBest(doc.jobs, doc.objective);
    return index === undefined ? undefined : doc.jobs.find((job) => job.index === index);
}
function inMatrixOrder(jobs) {
    return [...jobs].sort((a, b) => a.index - b.index);
}
// ---------------------------------------------------------------------------
// Formatting
/** A duration for people: `0.4s`, `12s`, `1m 32s`, `2h 05m`. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return '—';
    const s = Math.max(0, seconds);
    // A job that ran did take some time: '<0.1s' rather than a misleading '0s'.
    if (s > 0 && s < 0.05)
        return '<0.1s';
    if (s < 9.95)
        return `${Number(s.toFixed(1))}s`;
    const whole = Math.round(s);
    if (whole < 60)
        return `${whole}s`;
    if (whole < 3600)
        return `${Math.floor(whole / 60)}m ${pad2(whole % 60)}s`;
    const minutes = Math.round(whole / 60);
    return `${Math.floor(minutes / 60)}h ${pad2(minutes % 60)}m`;
}
function pad2(n) {
    return String(n).padStart(2, '0');
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
function formatBytes(n, unit) {
    const [big, small] = unit === 1000 ? ['MB', 'kB'] : ['MiB', 'KiB'];
    if (n >= unit * unit)
        return `${Number((n / (unit * unit)).toFixed(1))} ${big}`;
    if (n >= unit)
        return `${Number((n / unit).toFixed(1))} ${small}`;
    return `${n} bytes`;
}
/** The first `max` characters (code points, so no emoji is split), marked with `…` when cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = 0;
    let count = 0;
    let cutAt = 0;
    while (end < text.length) {
        if (count === max - 1)
            cutAt = end;
        if (count === max)
            return `${text.slice(0, cutAt)}…`;
        end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
        count += 1;
    }
    return text;
}
/** A matrix value or output as one line of text: strings as they are, the rest as compact JSON. */
function valueText(value) {
    if (value === undefined)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
// ---------------------------------------------------------------------------
// Escaping
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** C0 controls (tab and newlines included) and DEL. */
// eslint-disable-next-line no-control-regex
const report_CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;
/**
 * Job-provided text for a markdown table cell or inline text: it stays one line,
 * renders literally and can add no column, HTML, link, image, emphasis or code span.
 * HTML specials become entities (a `<` can then open no tag); the punctuation of
 * links, emphasis, code, strikethrough and math is backslash-escaped, and so is `|`,
 * which GFM tables honour inside cells. Bare URLs stay visible text (GitHub may
 * still autolink them, showing where they go).
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(report_CONTROL_CHARS, ' ')
        .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
        .replace(/[\\`*_[\]|~$]/g, '\\$&');
}
/**
 * Job-provided text inside a raw HTML line such as `<summary>`: markdown is not
 * parsed there, so backslashes would show; entities do the job. Line breaks become
 * spaces because a blank line would end the HTML block.
 */
function escapeHtmlInline(text) {
    return text.replace(report_CONTROL_CHARS, ' ').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Job-provided text as a mermaid gantt task or section name. The gantt grammar ends
 * a name at `:`, `;`, `#` or a line break, treats `%%` as a comment and `"` as the
 * start of a link, so only letters, digits and a few harmless marks are kept.
 */
function mermaidText(text, max) {
    const kept = text
        .replace(/[^\p{L}\p{N} ._\-+=/,()]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max);
}
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/g;
/**
 * One log line as a terminal would have shown it last, cleaned by the same rules
 * as live output (logs.ts). Tails are cleaned when recorded, but a results file
 * can come from anywhere (a merge, an older run), so the summary cleans again.
 */
function cleanLogLine(line) {
    return cleanLines(Buffer.from(line), MAX_TAIL_LINE_CHARS).join(' ');
}
/** A code fence no run of backticks in `content` can close: longer than the longest. */
function fenceFor(content) {
    let longest = 0;
    for (const run of content.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return '`'.repeat(Math.max(3, longest + 1));
}
/**
 * A job's own step summary, kept as markdown inside our `<details>`. HTML specials
 * become entities, so it can neither close our `<details>` nor inject HTML. A fenced
 * code block left open would swallow everything after it, and telling for sure
 * whether a fence is closed takes a full CommonMark parse (fences in list items end
 * with the item); so text with any fence-like run is set in a blockquote, a container
 * whose end also ends every fence inside it.
 */
function jobSummaryMarkdown(text) {
    const escaped = text
        .replace(/\r\n?/g, '\n')
        .replace(NUL, '\ufffd')
        .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
        .trim();
    if (!/`{3,}|~{3,}/.test(escaped))
        return escaped;
    return escaped
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
}
/**
 * The public fields of a job: not its summary, log tail or predicted duration, which
 * only the results file keeps. `runner` is kept when set, as merged results need it
 * to tell whose disk `logFile` is on.
 */
function jobView(job) {
    return {
        index: job.index,
        id: job.id,
        name: job.name,
        matrix: job.matrix,
        devices: job.devices,
        status: job.status,
        exitCode: job.exitCode,
        signal: job.signal,
        attempts: job.attempts,
        ...(job.previousExitCodes !== undefined && { previousExitCodes: job.previousExitCodes }),
        startedAt: job.startedAt,
        finishedAt: job.finishedAt,
        durationSeconds: job.durationSeconds,
        outputs: job.outputs,
        logFile: job.logFile,
        ...(job.error !== undefined && { error: job.error }),
        ...(job.runner !== undefined && { runner: job.runner }),
    };
}
/**
 * `results` at decreasing levels of detail, tried in order until the outputs fit.
 * Per-job outputs go first: they are also published one by one as job-<i>-<key>.
 */
const RESULTS_LEVELS = [
    { detail: 'full', entry: jobView },
    {
        detail: 'without per-job outputs',
        entry: (job) => {
            const { outputs: _outputs, ...rest } = jobView(job);
            return rest;
        },
    },
    {
        detail: 'without per-job outputs and matrix values',
        entry: (job) => {
            const { outputs: _outputs, matrix: _matrix, ...rest } = jobView(job);
            return rest;
        },
    },
    {
        detail: 'with only index, id, name and status per job',
        entry: (job) => ({ index: job.index, id: job.id, name: job.name, status: job.status }),
    },
];
/**
 * A name the runner's file-command parser reads back as written: it splits
 * `name=value` at the first `=` and `name<<DELIMITER` at `<<`, line by line.
 */
function isPublishableName(name) {
    return name !== '' && !/[\r\n=]/.test(name) && !name.includes('<<');
}
function outputSize(name, value) {
    return bytes(name) + bytes(value) + OUTPUT_FRAMING_BYTES;
}
/**
 * The step outputs of a sweep. They must fit GitHub's 1 MB per job: when they do
 * not, `results` loses detail, then job-<i>-<key> values go (largest first), then
 * `results` is emptied; each step adds a warning that points to the results file.
 * Counts, per-job status, `best` and `best-index` are always kept.
 */
function buildOutputs(doc, paths, limitBytes = OUTPUT_LIMIT_BYTES) {
    const jobs = inMatrixOrder(doc.jobs);
    const counts = tally(jobs);
    const best = bestJobOf(doc);
    const warnings = [];
    const limitText = formatBytes(limitBytes, 1000);
    const fixed = [
        [Outputs.total, String(counts.total)],
        [Outputs.succeeded, String(counts.success)],
        [Outputs.failed, String(counts.failure + counts.timeout + counts.cancelled)],
        [Outputs.timedOut, String(counts.timeout)],
        [Outputs.cancelled, String(counts.cancelled)],
        [Outputs.skipped, String(counts.skipped)],
        [Outputs.reused, String(counts.reused)],
        [Outputs.resultsFile, paths.resultsFile],
        [Outputs.logDir, paths.logDir],
    ];
    if (best !== undefined) {
        fixed.push([Outputs.best, JSON.stringify(jobView(best))]);
        fixed.push([Outputs.bestIndex, String(best.index)]);
    }
    const statusOutputs = jobs.map((job) => [
        `job-${job.index}-status`,
        job.status,
    ]);
    const jobValues = [];
    const unpublishable = [];
    for (const job of jobs) {
        for (const [key, value] of Object.entries(job.outputs)) {
            const name = `job-${job.index}-${key}`;
            // job-<i>-status is the job's status; an output named `status` must not replace it.
            if (key === 'status' || !isPublishableName(key)) {
                unpublishable.push(`job ${job.index} '${key.replace(report_CONTROL_CHARS, ' ')}'`);
                continue;
            }
            jobValues.push({ name, value, size: outputSize(name, value), job: job.index });
        }
    }
    if (unpublishable.length > 0) {
        warnings.push(`${plural(unpublishable.length, 'job output')} not published as job-<index>-<key> ` +
            `(${listSome(unpublishable)}): a key must not be 'status' or contain '=', '<<' or a ` +
            `line break. They are in ${paths.resultsFile}.`);
    }
    const sizeOf = (entries) => entries.reduce((sum, [name, value]) => sum + outputSize(name, value), 0);
    const keptSize = sizeOf(fixed) + sizeOf(statusOutputs);
    let valuesSize = jobValues.reduce((sum, v) => sum + v.size, 0);
    // `results`: the most detail that fits next to everything else.
    let results = '';
    let level = 0;
    for (; level < RESULTS_LEVELS.length; level++) {
        results = JSON.stringify(jobs.map(RESULTS_LEVELS[level].entry));
        if (keptSize + valuesSize + outputSize(Outputs.results, results) <= limitBytes)
            break;
    }
    level = Math.min(level, RESULTS_LEVELS.length - 1);
    if (level > 0) {
        warnings.push(`Step outputs would exceed ${limitText}; 'results' was shortened — the full results are ` +
            `in ${paths.resultsFile}. It lists each job ${RESULTS_LEVELS[level].detail}.`);
    }
    // Job values, largest first, until the rest fits.
    const dropped = new Set();
    const resultsSize = () => outputSize(Outputs.results, results);
    if (keptSize + valuesSize + resultsSize() > limitBytes) {
        const bySize = [...jobValues].sort((a, b) => b.size - a.size || a.job - b.job);
        for (const value of bySize) {
            if (keptSize + valuesSize + resultsSize() <= limitBytes)
                break;
            dropped.add(value.name);
            valuesSize -= value.size;
        }
        warnings.push(`Step outputs would exceed ${limitText}; ${plural(dropped.size, 'job output')} ` +
            `(largest first: ${listSome([...dropped])}) ${dropped.size === 1 ? 'was' : 'were'} left ` +
            `out — the full results are in ${paths.resultsFile}.`);
    }
    if (keptSize + valuesSize + resultsSize() > limitBytes) {
        results = '[]';
        warnings.push(`Step outputs would exceed ${limitText}; 'results' was left empty — the full results are ` +
            `in ${paths.resultsFile}.`);
    }
    const total = keptSize + valuesSize + resultsSize();
    if (total > limitBytes) {
        warnings.push(`Step outputs are about ${formatBytes(total, 1000)} even without 'results' and job ` +
            `values: the counts, ${plural(jobs.length, 'job status', 'job statuses')} and best job ` +
            `alone exceed the ${limitText} limit, so GitHub may not keep them. The full results ` +
            `are in ${paths.resultsFile}.`);
    }
    const outputs = { [Outputs.results]: results };
    for (const [name, value] of fixed)
        outputs[name] = value;
    // Each job's status, then its values: jobValues is in job order too.
    let next = 0;
    jobs.forEach((job, i) => {
        const [name, value] = statusOutputs[i];
        outputs[name] = value;
        for (; next < jobValues.length && jobValues[next].job === job.index; next++) {
            const v = jobValues[next];
            if (!dropped.has(v.name))
                outputs[v.name] = v.value;
        }
    });
    return { outputs, warnings };
}
/** The first few items of a list, and how many more. */
function listSome(items, shown = 5) {
    const head = items.slice(0, shown).join(', ');
    return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}
// ---------------------------------------------------------------------------
// Summary markdown
const STATUS_EMOJI = {
    success: '✅',
    failure: '❌',
    timeout: '⏱️',
    cancelled: '🚫',
    skipped: '⏭️',
    reused: '♻️',
};
/** The words of the tally line, in the order shown. */
const TALLY_WORDS = [
    ['success', 'succeeded'],
    ['failure', 'failed'],
    ['timeout', 'timed out'],
    ['cancelled', 'cancelled'],
    ['skipped', 'skipped'],
    ['reused', 'reused'],
];
/** Statuses whose duration was spent on this run's devices. */
function ranHere(job) {
    return job.status !== 'skipped' && job.status !== 'reused';
}
/** Distinct runners named by the jobs (merged results carry several). */
function runnersOf(jobs) {
    return [...new Set(jobs.flatMap((job) => (job.runner === undefined ? [] : [job.runner])))];
}
function renderHead(doc, jobs, best, title) {
    const lines = [`### ${escapeMarkdown(truncate(title, MAX_TITLE_CHARS))}`];
    const counts = tally(jobs);
    const parts = TALLY_WORDS.filter(([status]) => counts[status] > 0).map(([status, word]) => `${STATUS_EMOJI[status]} ${counts[status]} ${word}`);
    lines.push(parts.length > 0 ? parts.join(' · ') : 'No jobs.');
    const facts = [plural(jobs.length, 'job'), `wall time ${formatDuration(doc.wallSeconds)}`];
    const runners = runnersOf(jobs);
    // Merged results list each runner's devices once; a device is a (runner, device) pair then.
    const capacity = runners.length > 1
        ? new Set(jobs.flatMap((job) => job.devices.map((d) => `${job.runner}\u0000${d}`))).size
        : doc.devices.length;
    facts.push(runners.length > 1
        ? `${plural(capacity, 'device')} on ${plural(runners.length, 'runner')}`
        : plural(capacity, 'device'));
    if (!doc.dryRun && capacity > 0 && doc.wallSeconds > 0) {
        // Every attempt held its devices, failed ones too.
        const busy = jobs
            .filter(ranHere)
            .flatMap((job) => spansOf(job))
            .reduce((sum, span) => sum + span.seconds * span.devices.length, 0);
        facts.push(`device utilisation ${Math.round((100 * busy) / (capacity * doc.wallSeconds))}%`);
    }
    facts.push(`order ${doc.order}`);
    if (doc.estimate) {
        facts.push(`predicted makespan ${formatDuration(doc.estimate.predictedSeconds)}, ` +
            `actual ${formatDuration(doc.estimate.actualSeconds)}`);
    }
    lines.push(facts.join(' · '));
    if (doc.shard) {
        const shard = `Shard ${doc.shard.index}/${doc.shard.count}`;
        lines.push(jobs.length === 0
            ? `${shard} had no jobs to run.`
            : `${shard}: ${jobs.length} of ${plural(doc.matrixSize, 'matrix entry', 'matrix entries')}.`);
    }
    if (doc.dryRun) {
        lines.push(`Dry run: ${plural(jobs.length, 'job')} planned, none run.`);
    }
    if (doc.cancelled) {
        const left = [
            counts.cancelled > 0 ? `${counts.cancelled} cancelled` : '',
            counts.skipped > 0 ? `${counts.skipped} not started` : '',
        ].filter(Boolean);
        lines.push(`Cancelled: the sweep was stopped before every job finished` +
            (left.length > 0 ? ` (${left.join(', ')}).` : '.'));
    }
    if (best !== undefined && doc.objective) {
        const { key, direction } = doc.objective;
        const raw = Object.hasOwn(best.outputs, key) ? best.outputs[key].trim() : '';
        const value = escapeMarkdown(truncate(raw, MAX_CELL_CHARS));
        const entries = Object.entries(best.matrix);
        const shown = entries
            .slice(0, MAX_COLUMNS_PER_KIND)
            .map(([k, v]) => `${escapeMarkdown(truncate(k, MAX_CELL_CHARS))} = ` +
            `${escapeMarkdown(truncate(valueText(v), MAX_CELL_CHARS))}`);
        if (entries.length > shown.length)
            shown.push('…');
        lines.push(`🏆 Best: job ${best.index} ${escapeMarkdown(truncate(best.name, MAX_CELL_CHARS))} — ` +
            `${escapeMarkdown(truncate(key, MAX_CELL_CHARS))} = ${value} ` +
            `(${direction === 'max' ? 'highest' : 'lowest'})` +
            (shown.length > 0 ? ` · ${shown.join(', ')}` : ''));
    }
    return lines;
}
/** Keys in first-seen order over all jobs, at most MAX_COLUMNS_PER_KIND of them. */
function columnKeys(records) {
    const keys = new Set();
    for (const record of records)
        for (const key of Object.keys(record))
            keys.add(key);
    return { keys: [...keys].slice(0, MAX_COLUMNS_PER_KIND), total: keys.size };
}
function cell(text) {
    return escapeMarkdown(truncate(text, MAX_CELL_CHARS));
}
/** A job's status with a short why for failures: `failure (exit 2)`, `failure (SIGKILL)`. */
function statusText(job) {
    if (job.status !== 'failure')
        return job.status;
    if (job.signal !== null)
        return `failure (${job.signal})`;
    if (job.exitCode !== null)
        return `failure (exit ${job.exitCode})`;
    return job.error !== undefined ? 'failure (did not start)' : 'failure';
}
function statusCell(job) {
    return `${STATUS_EMOJI[job.status]} ${escapeMarkdown(statusText(job))}`;
}
function renderTable(jobs, best) {
    const matrixKeys = columnKeys(jobs.map((job) => job.matrix));
    const outputKeys = columnKeys(jobs.map((job) => job.outputs));
    const withRunner = runnersOf(jobs).length > 1;
    const heads = [
        '#',
        'name',
        ...matrixKeys.keys.map(cell),
        'devices',
        ...(withRunner ? ['runner'] : []),
        'status',
        'duration',
        'attempts',
        ...outputKeys.keys.map(cell),
    ];
    const align = heads.map((_, i) => (i === 0 ? '--:' : '---'));
    const row = (cells) => `| ${cells.join(' | ')} |`;
    const rows = jobs.map((job) => {
        const own = (record, key) => Object.hasOwn(record, key) ? cell(valueText(record[key])) : '';
        return row([
            job.index === best?.index ? `${job.index} 🏆` : String(job.index),
            cell(job.name),
            ...matrixKeys.keys.map((key) => own(job.matrix, key)),
            job.devices.length > 0 ? cell(job.devices.join(', ')) : '—',
            ...(withRunner ? [cell(job.runner ?? '')] : []),
            statusCell(job),
            job.durationSeconds === null ? '—' : formatDuration(job.durationSeconds),
            String(job.attempts),
            ...outputKeys.keys.map((key) => own(job.outputs, key)),
        ]);
    });
    const notes = [];
    for (const [columns, what] of [
        [matrixKeys, 'matrix keys'],
        [outputKeys, 'output keys'],
    ]) {
        if (columns.total > columns.keys.length) {
            notes.push(`_Showing ${columns.keys.length} of ${columns.total} ${what}; ` +
                'the rest are in the results file._');
        }
    }
    return { header: [row(heads), row(align)], rows, notes };
}
function axisFormat(spanMs) {
    if (spanMs < 3_600_000)
        return '%H:%M:%S';
    if (spanMs < 86_400_000)
        return '%H:%M';
    return '%d %b %H:%M';
}
/** Mermaid task tags by status: green for done, red for failures, blue for cancelled. */
function taskTag(status) {
    if (status === 'failure' || status === 'timeout')
        return 'crit';
    if (status === 'cancelled')
        return 'active';
    return 'done';
}
/** Every attempt of a job that ran: earlier ones, then the last (the job's own fields). */
function spansOf(job) {
    const spans = (job.earlierAttempts ?? []).map((a, i) => ({
        attempt: i + 1,
        devices: a.devices,
        status: a.status,
        startedAt: a.startedAt,
        finishedAt: a.finishedAt,
        seconds: a.durationSeconds,
    }));
    if (job.startedAt !== null && job.finishedAt !== null)
        spans.push({
            attempt: job.attempts,
            devices: job.devices,
            status: job.status,
            startedAt: job.startedAt,
            finishedAt: job.finishedAt,
            seconds: job.durationSeconds ?? 0,
        });
    return spans;
}
function renderTimeline(doc, jobs) {
    const ran = jobs.flatMap((job) => {
        if (!ranHere(job))
            return [];
        return spansOf(job).flatMap((span) => {
            const start = Date.parse(span.startedAt);
            const end = Date.parse(span.finishedAt);
            if (!Number.isFinite(start) || !Number.isFinite(end))
                return [];
            return [{ job, span, start, end: Math.max(start, end) }];
        });
    });
    if (ran.length === 0)
        return {};
    if (ran.length > MAX_TIMELINE_JOBS) {
        return {
            note: `_Timeline not drawn: ${ran.length} jobs ran, more than ${MAX_TIMELINE_JOBS}._`,
        };
    }
    const severalRunners = runnersOf(jobs).length > 1;
    const laneName = (runner, device) => {
        const name = /^\d+$/.test(device) ? `device ${device}` : mermaidText(device, 40) || 'device';
        return severalRunners ? `${mermaidText(runner ?? doc.runner, 40) || 'runner'} · ${name}` : name;
    };
    const lanes = new Map();
    if (!severalRunners)
        for (const device of doc.devices)
            lanes.set(laneName(undefined, device), []);
    for (const { job, span, start, end } of ran) {
        let label = `${job.index} ${mermaidText(job.name, MAX_TASK_NAME_CHARS)}`.trim();
        if (job.attempts > 1)
            label += ` (attempt ${span.attempt})`;
        const task = `    ${label} :${taskTag(span.status)}, ${start}, ${end}`;
        const devices = span.devices.length > 0 ? span.devices : ['none'];
        for (const device of devices) {
            const lane = laneName(job.runner, device);
            lanes.set(lane, [...(lanes.get(lane) ?? []), task]);
        }
    }
    const first = Math.min(...ran.map((r) => r.start));
    const last = Math.max(...ran.map((r) => r.end));
    const body = ['gantt', '    dateFormat x', `    axisFormat ${axisFormat(last - first)}`];
    for (const [lane, tasks] of lanes) {
        if (tasks.length === 0)
            continue;
        body.push(`    section ${lane}`, ...tasks);
    }
    const source = body.join('\n');
    if (source.length > MAX_MERMAID_CHARS) {
        return { note: '_Timeline not drawn: the chart would be too large for mermaid._' };
    }
    return { block: ['```mermaid', source, '```'].join('\n') };
}
/** Why a job ended, for the heading of its log tail. */
/** Why an attempt ended, in words: `exit 1`, `timed out`, `killed by SIGKILL`, or why it could not start. */
function endReason(r) {
    if (r.status === 'timeout')
        return 'timed out';
    if (r.status === 'cancelled')
        return 'cancelled';
    if (r.error)
        return truncate(r.error.replace(report_CONTROL_CHARS, ' '), 120);
    if (r.signal)
        return `killed by ${r.signal}`;
    return r.exitCode !== null ? `exit ${r.exitCode}` : 'failed';
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function renderTail(job) {
    const content = (job.logTail ?? []).map(cleanLogLine).join('\n');
    const fence = fenceFor(content);
    const attempts = job.attempts > 1 ? `, attempt ${job.attempts}` : '';
    const summary = escapeHtmlInline(`${STATUS_EMOJI[job.status]} ${truncate(job.name, MAX_CELL_CHARS)} — ${endReason(job)}${attempts}`);
    return details(summary, `${fence}\n${content}\n${fence}`);
}
function renderJobSummary(job) {
    const summary = escapeHtmlInline(`📝 ${truncate(job.name, MAX_CELL_CHARS)}`);
    return details(summary, jobSummaryMarkdown(job.summary ?? ''));
}
/**
 * The job summary of a sweep, as GitHub-flavoured markdown: title and tally, best
 * job, a table of all jobs, a timeline per device, the log tails of failed jobs and
 * each job's own summary. It stays under `maxBytes` (UTF-8) by leaving out whole
 * parts, least useful first: job summaries, log tails, the timeline, then table rows
 * from the end; each omission is noted.
 */
function renderSummary(doc, opts = {}) {
    const maxBytes = opts.maxBytes ?? SUMMARY_LIMIT_BYTES;
    const jobs = inMatrixOrder(doc.jobs);
    const best = bestJobOf(doc);
    const head = renderHead(doc, jobs, best, opts.title ?? 'gpu-sweep');
    const table = jobs.length > 0 ? renderTable(jobs, best) : { header: [], rows: [], notes: [] };
    const timeline = renderTimeline(doc, jobs);
    const failed = jobs.filter((job) => (job.status === 'failure' || job.status === 'timeout' || job.status === 'cancelled') &&
        (job.logTail?.length ?? 0) > 0);
    const withSummary = jobs.filter((job) => (job.summary ?? '').trim() !== '');
    // Choose what fits, most important first; blocks are joined by a blank line. A kind
    // of part is shown only while every more important kind is shown whole, so job
    // summaries are left out before any log tail is, log tails before the timeline, and
    // the timeline before any table row. Within one kind, a block too large for the room
    // left is skipped and smaller ones after it may still fit.
    const blockCost = (block) => bytes(block) + 2;
    let left = maxBytes - NOTE_RESERVE_BYTES - head.reduce((sum, line) => sum + blockCost(line), 0);
    const tableFixed = [...table.header, ...table.notes].reduce((sum, l) => sum + bytes(l) + 1, 2);
    if (table.header.length > 0 && left < tableFixed)
        return fitLines(head, maxBytes);
    left -= tableFixed;
    let rowCount = 0;
    for (const row of table.rows) {
        if (bytes(row) + 1 > left)
            break;
        left -= bytes(row) + 1;
        rowCount += 1;
    }
    let whole = rowCount === table.rows.length;
    const fill = (blocks) => {
        const kept = [];
        if (!whole)
            return kept;
        for (const block of blocks) {
            if (blockCost(block) > left) {
                whole = false;
                continue;
            }
            left -= blockCost(block);
            kept.push(block);
        }
        return kept;
    };
    const showTimeline = fill(timeline.block === undefined ? [] : [timeline.block]).length > 0;
    const tails = fill(failed.map(renderTail));
    // Rendered lazily: with thousands of jobs most summaries never get the room.
    const summaries = fill((function* () {
        for (const job of withSummary)
            yield renderJobSummary(job);
    })());
    const allRows = rowCount === table.rows.length;
    const limitText = formatBytes(maxBytes, 1024);
    const blocks = [...head];
    if (table.header.length > 0) {
        const lines = [...table.header, ...table.rows.slice(0, rowCount)];
        blocks.push(lines.join('\n'));
        const notes = [...table.notes];
        if (!allRows) {
            notes.push(`_${plural(table.rows.length - rowCount, 'more job')} not shown to stay under the ` +
                `${limitText} summary limit; see the results file._`);
        }
        if (notes.length > 0)
            blocks.push(notes.join('\n'));
    }
    if (showTimeline && timeline.block !== undefined)
        blocks.push(timeline.block);
    else if (timeline.note !== undefined)
        blocks.push(timeline.note);
    else if (timeline.block !== undefined) {
        blocks.push(`_Timeline left out to stay under the ${limitText} summary limit._`);
    }
    blocks.push(...tails);
    if (tails.length < failed.length) {
        blocks.push(`_Log tails of ${plural(failed.length - tails.length, 'job')} left out to stay under the ` +
            `${limitText} summary limit; see the job logs._`);
    }
    blocks.push(...summaries);
    if (summaries.length < withSummary.length) {
        blocks.push(`_Summaries of ${plural(withSummary.length - summaries.length, 'job')} left out to stay ` +
            `under the ${limitText} summary limit; see the results file._`);
    }
    const markdown = `${blocks.join('\n\n')}\n`;
    return bytes(markdown) <= maxBytes ? markdown : fitLines(head, maxBytes);
}
/** As many whole lines as fit: the last resort when even the table header does not. */
function fitLines(lines, maxBytes) {
    let text = '';
    for (const line of lines) {
        const next = `${text}${text === '' ? '' : '\n\n'}${line}`;
        if (bytes(next) + 1 > maxBytes)
            break;
        text = next;
    }
    return text === '' ? '' : `${text}\n`;
}

;// CONCATENATED MODULE: ./src/eventlines.ts
// The plain, one-line-per-event log both edges print: the Actions log, and the
// CLI when it is not drawing a live view.

/** Names come from matrix values: keep them on one line, free of control characters. */
function oneLine(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
/** `GPU 2`, `GPUs 2,3` for indices; a label as it is (`gpu0`, `GPU-8d3f…`). */
function deviceLabel(devices) {
    const joined = devices.join(',');
    if (!devices.every((d) => /^\d+$/.test(d)))
        return joined;
    return devices.length === 1 ? `GPU ${joined}` : `GPUs ${joined}`;
}
/** The line for an event, or null for events that print nothing. */
function eventLine(e) {
    switch (e.type) {
        case 'devices': {
            const { devices, source, names } = e.resolved;
            const named = devices.map((d) => (names[d] ? `${d} (${names[d]})` : d));
            return `Devices: ${named.join(', ')} — from ${source}`;
        }
        case 'plan':
            return (`Running ${e.jobs.length} of ${e.total} jobs (order: ${e.order})` +
                (e.reused ? `; ${e.reused} reused from previous results` : ''));
        case 'start':
            return `▶ [${e.job.index + 1}/${e.total}] ${oneLine(e.job.name)} on ${deviceLabel(e.devices)}${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}`;
        case 'end': {
            const r = e.record;
            const head = `[${e.job.index + 1}/${e.total}] ${oneLine(e.job.name)}`;
            const took = formatDuration(r.durationSeconds);
            if (r.status === 'success')
                return `✓ ${head} ${took}`;
            const icon = r.status === 'timeout' ? '⏱' : r.status === 'cancelled' ? '⊘' : '✗';
            const retry = e.final ? '' : ` — retrying (attempt ${e.attempt + 1})`;
            return `${icon} ${head} ${endReason(r)} after ${took}${retry}`;
        }
        case 'waiting': {
            const h = e.holder;
            const who = h
                ? `held by pid ${h.pid} on ${h.host}${h.label ? ` (${oneLine(h.label, 60)})` : ''} since ${h.since}`
                : 'held by another process';
            return `… waiting for ${deviceLabel([e.device])}: ${who}`;
        }
        case 'cancelling':
            return 'Cancelling: no more jobs start; running jobs get SIGTERM, then SIGKILL.';
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./src/matrix.ts
// The sweep matrix: text (YAML 1.2 or JSON) -> the list of matrix entries, one per
// job. A mapping is expanded exactly like GitHub Actions' `strategy.matrix`
// (cartesian product, then `exclude`, then `include`); a list of mappings is taken
// as the entries themselves, e.g. what an earlier step printed for `fromJSON`.

/** A matrix that cannot be parsed or expands to nothing. The message is one line. */
class MatrixError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MatrixError';
    }
}
// GitHub stops at 256 jobs; a sweep may want more, but a product of a few long
// lists can reach billions of combinations, and building them would exhaust
// memory long before anyone noticed the typo.
const MAX_COMBINATIONS = 1_000_000;
const EXPECTED_FORM = 'expected a mapping of keys to lists of values (like strategy.matrix) or a list of mappings';
/** Parse matrix text (YAML or JSON) and expand it. */
function parseMatrix(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    // `merge` keeps the common `<<: *base` idiom for sharing matrix parts working;
    // maps stay Maps so that key order and non-string keys are ours to handle.
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, lineCounter, merge: true });
    const [error] = doc.errors;
    if (error) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const reason = error.code === 'MULTIPLE_DOCS'
            ? 'the text holds more than one YAML document'
            : firstLine(error.message);
        throw new MatrixError(`YAML error at line ${line}, column ${col}: ${reason}`);
    }
    let value;
    try {
        value = doc.toJS({ mapAsMap: true });
    }
    catch (e) {
        // yaml refuses to expand an alias bomb here rather than exhaust memory.
        throw new MatrixError(`YAML error: ${firstLine(e instanceof Error ? e.message : String(e))}`);
    }
    return expandMatrix(value);
}
/**
 * Expand an already-parsed matrix document: a plain object (or Map) in
 * strategy.matrix form, or an array of mappings. Entries share value objects
 * with each other; treat them as read-only.
 */
function expandMatrix(doc) {
    if (doc === null || doc === undefined)
        throw new MatrixError(`the matrix is empty; ${EXPECTED_FORM}`);
    if (Array.isArray(doc))
        return listForm(doc);
    if (!isMapping(doc))
        throw new MatrixError(`${EXPECTED_FORM}, got ${describe(doc)}`);
    const converter = new Converter();
    const pairs = mappingEntries(doc, 'the matrix').map(([key, value]) => [
        key,
        toPlain(value, `key ${quote(key)}`, converter),
    ]);
    return matrixForm(pairs);
}
// ---------------------------------------------------------------------------
// The two forms
function listForm(list) {
    if (list.length === 0)
        throw new MatrixError('the matrix expands to no jobs: the list is empty');
    const converter = new Converter();
    return list.map((item, i) => {
        const where = `list entry ${i + 1}`;
        if (!isMapping(item))
            throw new MatrixError(`${where} must be a mapping, got ${describe(item)}`);
        return toPlain(item, where, converter);
    });
}
// Pairs rather than an object: an object would put integer-like keys first, and
// the document's first key must vary slowest, as on GitHub.
function matrixForm(pairs) {
    const vectors = pairs.filter(([key]) => key !== 'include' && key !== 'exclude');
    const keys = vectors.map(([key]) => key);
    const columns = new Map(keys.map((k, i) => [k, i]));
    const lists = vectors.map(([key, value]) => {
        if (!Array.isArray(value))
            throw new MatrixError(`key ${quote(key)} must be a list of values, got ${describe(value)}`);
        return value;
    });
    const excludes = entryList(pairs, 'exclude').map((entry, i) => compile(entry).map((pair) => {
        if (pair.column < 0)
            throw new MatrixError(`exclude entry ${i + 1} has key ${quote(pair.key)}, which is not a matrix key (keys: ${keyList(keys)})`);
        return pair;
    }));
    const includes = entryList(pairs, 'include').map(compile);
    function compile(entry) {
        return Object.keys(entry).map((key) => ({
            key,
            value: entry[key],
            column: columns.get(key) ?? -1,
        }));
    }
    // Cartesian product, first key slowest. No keys means no combinations: a
    // matrix of only `include` runs exactly the include entries.
    let rows = [];
    if (keys.length > 0) {
        const total = lists.reduce((n, list) => n * list.length, 1);
        if (total > MAX_COMBINATIONS)
            throw new MatrixError(`the matrix has ${total} combinations (${lists.map((l) => l.length).join(' x ')}), more than the limit of ${MAX_COMBINATIONS}`);
        rows = [[]];
        for (const list of lists) {
            const next = [];
            for (const row of rows)
                for (const value of list)
                    next.push([...row, value]);
            rows = next;
        }
    }
    const productSize = rows.length;
    // Exclude: a combination goes when it matches every pair of any one exclude
    // entry (a partial match, so `{os: mac}` removes every mac combination).
    if (excludes.length > 0)
        rows = rows.filter((row) => !excludes.some((pairs) => pairs.every((p) => same(row[p.column], p.value))));
    const entries = rows.map((row) => {
        const entry = {};
        keys.forEach((key, i) => setOwn(entry, key, row[i]));
        return entry;
    });
    // Include, in order. An include entry extends every original combination
    // (post-exclude, never an appended include) whose matrix values it does not
    // contradict; values that earlier includes added may be overwritten. One that
    // extends nothing becomes a combination of its own.
    const appended = [];
    for (const pairs of includes) {
        const extra = pairs.filter((p) => p.column < 0);
        let fitted = false;
        rows.forEach((row, i) => {
            if (!pairs.every((p) => p.column < 0 || same(row[p.column], p.value)))
                return;
            fitted = true;
            for (const p of extra)
                setOwn(entries[i], p.key, p.value);
        });
        if (!fitted) {
            const entry = {};
            for (const p of pairs)
                setOwn(entry, p.key, p.value);
            appended.push(entry);
        }
    }
    const all = entries.concat(appended);
    if (all.length === 0)
        throw new MatrixError(`the matrix expands to no jobs: ${whyEmpty()}`);
    return all;
    function whyEmpty() {
        if (keys.length === 0)
            return 'it has no keys and no include entries';
        const empty = keys.find((_, i) => lists[i].length === 0);
        if (empty !== undefined)
            return `key ${quote(empty)} has an empty list`;
        if (productSize > 0)
            return `every combination (${productSize}) was excluded`;
        return 'no combinations';
    }
}
/** The `include` or `exclude` list of a matrix, checked to be a list of mappings. */
function entryList(pairs, name) {
    const found = pairs.find(([key]) => key === name);
    if (!found)
        return [];
    const list = found[1];
    if (!Array.isArray(list))
        throw new MatrixError(`'${name}' must be a list of mappings, got ${describe(list)}`);
    list.forEach((entry, i) => {
        if (!isMapping(entry))
            throw new MatrixError(`${name} entry ${i + 1} must be a mapping, got ${describe(entry)}`);
    });
    return list;
}
// ---------------------------------------------------------------------------
// Values
/**
 * Converts parsed data (yaml's Maps, or plain JSON-like objects from a caller)
 * into fresh MatrixValues. It refuses what YAML/JSON cannot express and the
 * cycles a YAML alias inside its own anchor makes; it remembers what it has
 * converted, so data shared through aliases costs its size once.
 */
class Converter {
    done = new Map();
    active = new Set();
}
function toPlain(value, where, converter) {
    switch (typeof value) {
        case 'string':
        case 'number':
        case 'boolean':
            return value;
        case 'object':
            break;
        default:
            throw new MatrixError(`${where} holds ${describe(value)}, which YAML/JSON cannot express`);
    }
    if (value === null)
        return null;
    const known = converter.done.get(value);
    if (known !== undefined)
        return known;
    if (converter.active.has(value))
        throw new MatrixError(`${where} contains itself (a YAML alias inside its own anchor)`);
    if (!Array.isArray(value) && !isMapping(value))
        throw new MatrixError(`${where} holds ${describe(value)}, which YAML/JSON cannot express`);
    converter.active.add(value);
    let result;
    if (Array.isArray(value)) {
        result = value.map((item) => toPlain(item, where, converter));
    }
    else {
        const object = {};
        for (const [key, item] of mappingEntries(value, where))
            setOwn(object, key, toPlain(item, where, converter));
        result = object;
    }
    converter.active.delete(value);
    converter.done.set(value, result);
    return result;
}
function isMapping(value) {
    if (value instanceof Map)
        return true;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** The key/value pairs of a Map or plain object, keys as strings, in order. */
function mappingEntries(value, where) {
    if (!(value instanceof Map))
        return Object.entries(value);
    const pairs = [];
    const seen = new Set();
    for (const [rawKey, item] of value) {
        if (typeof rawKey !== 'string' && typeof rawKey !== 'number' && typeof rawKey !== 'boolean')
            throw new MatrixError(`${where} has a key that is ${describe(rawKey)}; keys must be strings`);
        const key = String(rawKey);
        // `1` and `'1'` are different YAML keys but the same property.
        if (seen.has(key))
            throw new MatrixError(`${where} has the key ${quote(key)} twice`);
        seen.add(key);
        pairs.push([key, item]);
    }
    return pairs;
}
/** Deep equality of YAML/JSON values; key order in mappings does not matter. */
function same(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'number' && typeof b === 'number')
        return Number.isNaN(a) && Number.isNaN(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => same(item, b[i]));
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    return keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]));
}
/** Assign an own property, including one named `__proto__`. */
function setOwn(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    else
        object[key] = value;
}
// ---------------------------------------------------------------------------
// Messages
function describe(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'undefined';
    if (Array.isArray(value))
        return 'a list';
    if (isMapping(value))
        return 'a mapping';
    if (typeof value === 'object')
        return `an object (${value.constructor?.name ?? 'unknown'})`;
    return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
}
/** A key for a one-line message: control characters escaped, long ones cut. */
function quote(text) {
    const escaped = text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `'${escaped.length > 40 ? `${escaped.slice(0, 39)}…` : escaped}'`;
}
function keyList(keys) {
    if (keys.length === 0)
        return 'none';
    const shown = keys.slice(0, 10).map((k) => quote(k).slice(1, -1));
    return keys.length > 10 ? `${shown.join(', ')}, … (${keys.length} in all)` : shown.join(', ');
}
function firstLine(text) {
    return text.split('\n', 1)[0].trim();
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/jobs.ts
// From matrix entries to jobs: identity (index, id, name), the per-job
// environment, and the `{{ … }}` placeholders of `run`.

/** JSON with object keys sorted at every level, so equal entries hash equally. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function sha256(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex');
}
/** A fingerprint of the whole expanded matrix: shards and merges compare it. */
function matrixFingerprint(entries) {
    return sha256(canonicalJson(entries)).slice(0, 16);
}
/** A value as text: scalars as themselves, objects and arrays as JSON. */
function jobs_valueText(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/** GitHub's default job name: the entry's values joined, `(0.1, 32)`. */
function defaultJobName(entry) {
    return `(${Object.values(entry).map(jobs_valueText).join(', ')})`;
}
// ── Placeholders ────────────────────────────────────────────────────────────
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/g;
const SWEEP_FIELDS = ['devices', 'index', 'id', 'name', 'attempt'];
function parseRef(expr) {
    const [head, ...rest] = expr.split('.');
    if (head === 'matrix' && rest.length > 0)
        return { kind: 'matrix', path: rest };
    if (head === 'sweep' &&
        rest.length === 1 &&
        SWEEP_FIELDS.includes(rest[0]))
        return { kind: 'sweep', field: rest[0] };
    return null;
}
/**
 * Check every `{{ … }}` in a template against the matrix: an unknown name is a
 * configuration error, found before anything runs. Returns the error text, or
 * null when the template is fine.
 */
function checkPlaceholders(template, entries) {
    const keys = new Set();
    for (const e of entries)
        for (const k of Object.keys(e))
            keys.add(k);
    for (const m of template.matchAll(PLACEHOLDER)) {
        const ref = parseRef(m[1]);
        if (!ref)
            return `unknown placeholder '${m[0]}'. Expected {{ matrix.KEY }}, {{ sweep.devices }}, {{ sweep.index }}, {{ sweep.id }}, {{ sweep.name }} or {{ sweep.attempt }}`;
        if (ref.kind === 'matrix' && !keys.has(ref.path[0]))
            return `unknown placeholder '${m[0]}': no matrix entry has the key '${ref.path[0]}' (keys: ${[...keys].join(', ') || 'none'})`;
    }
    return null;
}
function resolveRef(ref, ctx) {
    if (ref.kind === 'sweep') {
        switch (ref.field) {
            case 'devices':
                return ctx.devices.join(',');
            case 'index':
                return String(ctx.job.index);
            case 'id':
                return ctx.job.id;
            case 'name':
                return ctx.job.name;
            default:
                return String(ctx.attempt);
        }
    }
    let v = ctx.job.matrix;
    for (const part of ref.path) {
        v = v !== null && typeof v === 'object' && !Array.isArray(v) ? v[part] : undefined;
    }
    return jobs_valueText(v);
}
/** Replace placeholders with their plain text (for names: no shell involved). */
function renderText(template, ctx) {
    return template.replace(PLACEHOLDER, (whole, expr) => {
        const ref = parseRef(expr);
        return ref ? resolveRef(ref, ctx) : whole;
    });
}
/**
 * The quoting in force at each offset of a POSIX shell script, by a small
 * lexer: single and double quotes, backslash escapes, and `$(…)` inside double
 * quotes (which starts an unquoted context of its own). Heredocs and comments
 * are treated as plain text, which errs on the side of quoting.
 */
function quotingAt(script, offsets) {
    const wanted = new Set(offsets);
    const found = new Map();
    // Each frame: the quoting and, for `$(`, its open-paren depth.
    const stack = [{ q: 'none', depth: 0 }];
    for (let i = 0; i < script.length; i++) {
        const top = stack[stack.length - 1];
        if (wanted.has(i))
            found.set(i, top.q);
        const c = script[i];
        if (top.q === 'single') {
            if (c === "'")
                stack.pop();
            continue;
        }
        if (c === '\\') {
            i++;
            continue;
        }
        if (top.q === 'double') {
            if (c === '"')
                stack.pop();
            else if (c === '$' && script[i + 1] === '(') {
                stack.push({ q: 'none', depth: 1 });
                i++;
            }
            continue;
        }
        if (c === "'")
            stack.push({ q: 'single', depth: 0 });
        else if (c === '"')
            stack.push({ q: 'double', depth: 0 });
        else if (c === '(' && stack.length > 1)
            top.depth++;
        else if (c === ')' && stack.length > 1 && --top.depth === 0)
            stack.pop();
    }
    return offsets.map((o) => found.get(o) ?? 'none');
}
/**
 * Render `run` for one attempt. The values never enter the script as syntax:
 * for POSIX shells each placeholder becomes a reference to an environment
 * variable holding the value (`SWEEP_ARG_n`), written to fit the quoting
 * around it: `"${SWEEP_ARG_0}"` bare, `${SWEEP_ARG_0}` inside double quotes,
 * `'"${SWEEP_ARG_0}"'` inside single quotes. So `$(…)`, quotes, backticks and
 * globs arrive verbatim as one word. Python gets a string literal, PowerShell a
 * single-quoted string.
 */
function renderScript(template, ctx, style) {
    const env = {};
    const matches = [...template.matchAll(PLACEHOLDER)];
    const quoting = style === 'posix'
        ? quotingAt(template, matches.map((m) => m.index))
        : [];
    let script = '';
    let last = 0;
    matches.forEach((m, k) => {
        script += template.slice(last, m.index);
        last = m.index + m[0].length;
        const ref = parseRef(m[1]);
        if (!ref) {
            script += m[0];
            return;
        }
        const value = resolveRef(ref, ctx);
        if (style === 'python')
            script += JSON.stringify(value);
        else if (style === 'pwsh')
            script += `'${value.replace(/'/g, "''")}'`;
        else {
            const name = `SWEEP_ARG_${k}`;
            env[name] = value;
            script +=
                quoting[k] === 'double'
                    ? `\${${name}}`
                    : quoting[k] === 'single'
                        ? `'"\${${name}}"'`
                        : `"\${${name}}"`;
        }
    });
    return { script: script + template.slice(last), env };
}
// ── Jobs ────────────────────────────────────────────────────────────────────
/**
 * Number the entries, give each a stable id (the same entry keeps its id from
 * run to run, which history and resume rely on) and a name.
 */
function buildJobs(entries, nameTemplate = '') {
    const seen = new Map();
    return entries.map((matrix, index) => {
        const base = sha256(canonicalJson(matrix)).slice(0, 10);
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        const id = count === 1 ? base : `${base}-${count}`;
        const job = { index, id, name: '', matrix };
        job.name = nameTemplate
            ? renderText(nameTemplate, { job, devices: [], attempt: 1 })
            : defaultJobName(matrix);
        return job;
    });
}
/** `MATRIX_<KEY>`: upper-cased, every other character turned into `_`. */
function matrixEnvName(key) {
    return `MATRIX_${key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
}
/** The variables a job sees besides the runner's environment and `env`. */
function jobEnv(job, devices, attempt, deviceEnv) {
    const env = {};
    for (const [k, v] of Object.entries(job.matrix))
        env[matrixEnvName(k)] = jobs_valueText(v);
    const joined = devices.join(',');
    for (const name of deviceEnv)
        env[name] = joined;
    env.SWEEP_DEVICES = joined;
    env.SWEEP_JOB_INDEX = String(job.index);
    env.SWEEP_JOB_ID = job.id;
    env.SWEEP_JOB_NAME = job.name;
    env.SWEEP_ATTEMPT = String(attempt);
    env.SWEEP_MATRIX = JSON.stringify(job.matrix);
    return env;
}

;// CONCATENATED MODULE: ./src/history.ts
// Expected durations from earlier results files, and what they predict about a
// sweep: the order to start jobs in and the makespan that order should give.
// Pure: the caller reads the files and reports the ones it could not use.
/** Statuses whose duration says how long the job takes (cancelled and skipped runs do not). */
const RAN = new Set(['success', 'failure', 'timeout']);
/** Median used when there is nothing at all to go on: any positive value keeps the order stable. */
const NO_HISTORY_SECONDS = 1;
/**
 * Job id -> expected seconds, from the jobs that ran in earlier results documents.
 *
 * A successful run is the better guide (a failure often stops early), so the most
 * recent successful run wins; a job that never succeeded takes its most recent run.
 * Documents whose schema is not 1 are skipped; the caller reports them.
 */
function readHistory(docs) {
    const best = new Map();
    for (const doc of docs) {
        if (doc.schema !== 1)
            continue;
        const parsed = Date.parse(doc.finishedAt);
        const at = Number.isNaN(parsed) ? -Infinity : parsed;
        for (const job of doc.jobs) {
            if (!RAN.has(job.status) || job.durationSeconds === null)
                continue;
            const sample = {
                seconds: job.durationSeconds,
                success: job.status === 'success',
                at,
            };
            const held = best.get(job.id);
            // On equal times the later document in the list wins, as if read in order.
            if (held === undefined || preferred(sample, held))
                best.set(job.id, sample);
        }
    }
    return new Map([...best].map(([id, sample]) => [id, sample.seconds]));
}
function preferred(candidate, held) {
    if (candidate.success !== held.success)
        return candidate.success;
    return candidate.at >= held.at;
}
/**
 * Predicted seconds per job index. Jobs never seen take the median of the known
 * jobs of this sweep (a new point in a sweep is most like its neighbours); when
 * none of them is known, the median of all history; with no history, 1.
 */
function predictDurations(jobs, history) {
    const knownSeconds = [];
    for (const job of jobs) {
        const seconds = history.get(job.id);
        if (seconds !== undefined)
            knownSeconds.push(seconds);
    }
    const fallback = knownSeconds.length > 0
        ? median(knownSeconds)
        : history.size > 0
            ? median([...history.values()])
            : NO_HISTORY_SECONDS;
    const predicted = new Map();
    for (const job of jobs)
        predicted.set(job.index, history.get(job.id) ?? fallback);
    return { predicted, known: knownSeconds.length };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/**
 * The order to start jobs in, as a new array. `fifo` is matrix order (by index).
 * `longest-first` starts the longest predicted jobs first so that no long job is
 * left to run alone at the end; equal predictions keep matrix order, and a job
 * without a prediction goes after every job that has one.
 */
function orderJobs(jobs, order, predicted) {
    const byIndex = [...jobs].sort((a, b) => a.index - b.index);
    if (order === 'fifo')
        return byIndex;
    const seconds = (job) => predicted?.get(job.index) ?? -Infinity;
    // Array.prototype.sort is stable, so ties stay in matrix order.
    return byIndex.sort((a, b) => {
        const sa = seconds(a);
        const sb = seconds(b);
        return sa === sb ? 0 : sb > sa ? 1 : -1;
    });
}
/**
 * The makespan of list scheduling: each duration, in the given order, starts on the
 * device that frees up first (lowest device on ties). This is what the scheduler does
 * when every job takes one device and the durations come true.
 */
function predictMakespan(durations, devices) {
    checkDevices(devices);
    const freeAt = new Array(Math.min(devices, Math.max(durations.length, 1))).fill(0);
    for (const duration of durations)
        freeAt[leastLoaded(freeAt)] += duration;
    return Math.max(...freeAt);
}
/** The position of the smallest load, the lowest position on ties. */
function leastLoaded(load) {
    let best = 0;
    for (let i = 1; i < load.length; i++)
        if (load[i] < load[best])
            best = i;
    return best;
}
/** No schedule beats perfect balance, nor the longest single job. */
function lowerBound(durations, devices) {
    checkDevices(devices);
    if (durations.length === 0)
        return 0;
    const sum = durations.reduce((total, d) => total + d, 0);
    const longest = durations.reduce((max, d) => Math.max(max, d), -Infinity);
    return Math.max(sum / devices, longest);
}
function checkDevices(devices) {
    if (!Number.isInteger(devices) || devices < 1) {
        throw new Error(`Invalid device count '${devices}'. Expected a whole number of at least 1.`);
    }
}

;// CONCATENATED MODULE: ./src/shard.ts
// Split one sweep across several runners, and merge their results files back into
// one document as if a single runner had run everything.
//
// Every runner computes its own shard from the same inputs, with no coordination,
// so the split must be a pure function of the job list (and of the predictions, when
// given): the same on every machine, disjoint, and together the whole sweep.

/** Parse `i/n`, e.g. `2/3` -> `{ index: 2, count: 3 }`. */
function parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || !isValid({ index, count })) {
        throw new Error(`Invalid shard '${text}'. Expected i/n with 1 <= i <= n, e.g. 2/3.`);
    }
    return { index, count };
}
function isValid(shard) {
    return (Number.isInteger(shard.index) &&
        Number.isInteger(shard.count) &&
        shard.count >= 1 &&
        shard.index >= 1 &&
        shard.index <= shard.count);
}
/**
 * The jobs of one shard, in matrix order (a shard may be empty).
 *
 * Without predictions the jobs are dealt round-robin by index. With predictions
 * (job index -> seconds) they are packed longest-first into the bin with the least
 * predicted work, so the runners finish at about the same time; every runner must
 * then see the same predictions (the same history), or the shards will not fit together.
 */
function shardJobs(jobs, shard, predicted) {
    if (!isValid(shard)) {
        throw new Error(`Invalid shard '${shard.index}/${shard.count}'. Expected i/n with 1 <= i <= n, e.g. 2/3.`);
    }
    const byIndex = [...jobs].sort((a, b) => a.index - b.index);
    if (predicted === undefined) {
        return byIndex.filter((job) => job.index % shard.count === shard.index - 1);
    }
    // Longest processing time first: each job, longest first (then by index), goes to
    // the bin with the least predicted total so far, the lowest bin on ties.
    const load = new Array(shard.count).fill(0);
    const mine = new Set();
    for (const job of orderJobs(byIndex, 'longest-first', predicted)) {
        const bin = leastLoaded(load);
        load[bin] += predicted.get(job.index) ?? 0;
        if (bin === shard.index - 1)
            mine.add(job.index);
    }
    return byIndex.filter((job) => mine.has(job.index));
}
/** A set of results files that cannot be merged into one sweep. */
class MergeError extends Error {
    name = 'MergeError';
}
/**
 * Combine shard results files into one document, as if one runner had run everything.
 *
 * Files that cannot belong to one sweep (another schema, another matrix, another
 * shard count) throw a MergeError. Everything short of that is merged and described
 * in `problems`: missing or cancelled shards, jobs without a result, a job found in
 * two files. An empty list means the merge is complete. `bestIndex` is left for the
 * caller to recompute from the merged jobs.
 */
function mergeResults(inputs) {
    if (inputs.length === 0) {
        throw new MergeError('No results files to merge. Expected at least one results file.');
    }
    const times = inputs.map((input) => checkInput(input));
    const first = inputs[0];
    for (const other of inputs.slice(1)) {
        if (other.doc.matrixFingerprint !== first.doc.matrixFingerprint ||
            other.doc.matrixSize !== first.doc.matrixSize) {
            throw new MergeError(`${first.file} and ${other.file} come from different matrices ` +
                `(fingerprint ${first.doc.matrixFingerprint}, ${first.doc.matrixSize} entries vs ` +
                `fingerprint ${other.doc.matrixFingerprint}, ${other.doc.matrixSize} entries). ` +
                'Expected results files of one sweep.');
        }
    }
    // Shards: all sharded files must split the sweep the same way.
    const sharded = inputs.flatMap(({ file, doc }) => doc.shard ? [{ file, shard: doc.shard }] : []);
    const odd = sharded.find(({ shard }) => shard.count !== sharded[0].shard.count);
    if (odd !== undefined) {
        throw new MergeError(`${sharded[0].file} is shard ${describeShard(sharded[0].shard)} but ${odd.file} ` +
            `is shard ${describeShard(odd.shard)}. Expected results files of one shard count.`);
    }
    const problems = [];
    // Jobs: one per index; a job found twice keeps the result of the later-finished file.
    const held = new Map();
    inputs.forEach(({ file, doc }, input) => {
        for (const job of doc.jobs) {
            const merged = { ...job, runner: job.runner ?? doc.runner };
            const previous = held.get(job.index);
            if (previous === undefined) {
                held.set(job.index, { job: merged, input });
                continue;
            }
            const keepNew = times[input].finished >= times[previous.input].finished;
            const earlierFile = inputs[previous.input].file;
            problems.push(`job ${job.index} appears in ${earlierFile} and ${file}; kept ${keepNew ? file : earlierFile}`);
            if (keepNew)
                held.set(job.index, { job: merged, input });
        }
    });
    const jobs = [...held.values()].map(({ job }) => job).sort((a, b) => a.index - b.index);
    // Completeness: what a reader of the merged file would otherwise take for the whole sweep.
    for (const { file, doc } of inputs) {
        if (!doc.cancelled)
            continue;
        problems.push(doc.shard !== undefined
            ? `shard ${describeShard(doc.shard)} was cancelled (${file})`
            : `${file} was cancelled`);
    }
    if (sharded.length > 0) {
        const count = sharded[0].shard.count;
        const present = new Set(sharded.map(({ shard }) => shard.index));
        for (let index = 1; index <= count; index++) {
            if (present.has(index))
                continue;
            problems.push(`shard ${index}/${count} is missing (no results file)`);
        }
    }
    const matrixSize = first.doc.matrixSize;
    if (jobs.length < matrixSize) {
        problems.push(`${matrixSize - jobs.length} of ${matrixSize} jobs have no result`);
    }
    // Metadata: the run as a whole spans from the first start to the last finish.
    const started = times.reduce((a, b) => (b.started < a.started ? b : a));
    const finished = times.reduce((a, b) => (b.finished > a.finished ? b : a));
    const devices = [...new Set(inputs.flatMap(({ doc }) => doc.devices))];
    const runners = [...new Set(inputs.map(({ doc }) => doc.runner))];
    const doc = {
        schema: 1,
        tool: first.doc.tool,
        matrixFingerprint: first.doc.matrixFingerprint,
        matrixSize,
        devices,
        runner: runners.join(', '),
        startedAt: started.startedAt,
        finishedAt: finished.finishedAt,
        wallSeconds: (finished.finished - started.started) / 1000,
        order: first.doc.order,
        cancelled: inputs.some(({ doc }) => doc.cancelled),
        dryRun: inputs.every(({ doc }) => doc.dryRun),
        jobs,
    };
    // Shards ran side by side, so the whole sweep takes as long as the slowest shard.
    const estimates = inputs.map(({ doc }) => doc.estimate);
    if (estimates.every((estimate) => estimate !== undefined)) {
        doc.estimate = {
            predictedSeconds: Math.max(...estimates.map((estimate) => estimate.predictedSeconds)),
            actualSeconds: Math.max(...estimates.map((estimate) => estimate.actualSeconds)),
        };
    }
    if (first.doc.objective !== undefined)
        doc.objective = first.doc.objective;
    return { doc, problems };
}
/** Refuse a file that is not a results document this version can read. */
function checkInput({ file, doc }) {
    const schema = doc.schema;
    if (schema !== 1) {
        throw new MergeError(`Unsupported schema '${String(schema)}' in ${file}. Expected schema 1.`);
    }
    if (!Array.isArray(doc.jobs)) {
        throw new MergeError(`Invalid results file ${file}: no jobs list. Expected a "jobs" array.`);
    }
    if (doc.shard !== undefined && !isValid(doc.shard)) {
        throw new MergeError(`Invalid shard '${describeShard(doc.shard)}' in ${file}. Expected i/n with 1 <= i <= n.`);
    }
    const started = parseTime(file, 'startedAt', doc.startedAt);
    const finished = parseTime(file, 'finishedAt', doc.finishedAt);
    return { startedAt: doc.startedAt, finishedAt: doc.finishedAt, started, finished };
}
function parseTime(file, field, value) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) {
        throw new MergeError(`Invalid ${field} '${value}' in ${file}. Expected an ISO 8601 time such as 2025-01-31T12:00:00Z.`);
    }
    return ms;
}
function describeShard(shard) {
    return `${shard.index}/${shard.count}`;
}

;// CONCATENATED MODULE: ./src/settings.ts
// Every input is read, defaulted and validated here, once, for the action and
// the CLI alike. A bad value throws a ConfigError whose one-line message names
// the input, quotes the value and says what was expected; nothing runs then.






class ConfigError extends Error {
    name = 'ConfigError';
}
// ── Small parsers: each names its input in the error ───────────────────────
function settings_quote(value) {
    const oneLine = value.replace(/\s+/g, ' ').trim();
    return oneLine.length > 60 ? `'${oneLine.slice(0, 57)}…'` : `'${oneLine}'`;
}
function invalid(input, value, expected) {
    return new ConfigError(`Invalid ${input} ${settings_quote(value)}. ${expected}`);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function bool(raw, input, fallback) {
    const v = (raw[input] ?? '').trim();
    if (v === '')
        return fallback;
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    throw invalid(input, v, 'Expected true or false.');
}
function wholeNumber(raw, input, fallback, min, max, hint = '') {
    const v = (raw[input] ?? '').trim();
    if (v === '')
        return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
        throw invalid(input, v, `Expected a whole number ${range}${hint}.`);
    }
    return n;
}
function decimal(raw, input, fallback, expected) {
    const v = (raw[input] ?? '').trim();
    if (v === '')
        return fallback;
    const n = Number(v);
    if (!/^\d+(\.\d+)?$|^\.\d+$/.test(v) || !Number.isFinite(n))
        throw invalid(input, v, expected);
    return n;
}
function oneOf(raw, input, allowed, fallback) {
    const v = (raw[input] ?? '').trim();
    if (v === '')
        return fallback;
    if (!allowed.includes(v))
        throw invalid(input, v, `Expected one of: ${allowed.join(', ')}.`);
    return v;
}
/** Items separated by commas, whitespace or newlines. */
function splitList(text) {
    return text.split(/[\s,]+/).filter(Boolean);
}
// ── Shells ──────────────────────────────────────────────────────────────────
function onPath(program, env) {
    if (program.includes('/'))
        return (0,external_node_fs_namespaceObject.existsSync)(program);
    for (const dir of (env.PATH ?? '').split(external_node_path_namespaceObject.delimiter)) {
        if (!dir)
            continue;
        try {
            (0,external_node_fs_namespaceObject.accessSync)((0,external_node_path_namespaceObject.join)(dir, program), external_node_fs_namespaceObject.constants.X_OK);
            return true;
        }
        catch {
            /* keep looking */
        }
    }
    return false;
}
/** Shells invoked the way GitHub invokes `run:` steps. */
const KNOWN_SHELLS = {
    bash: {
        argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
        extension: '.sh',
        quote: 'posix',
    },
    sh: { argv: ['sh', '-e', '{0}'], extension: '.sh', quote: 'posix' },
    python: { argv: ['python', '{0}'], extension: '.py', quote: 'python' },
    pwsh: { argv: ['pwsh', '-command', ". '{0}'"], extension: '.ps1', quote: 'pwsh' },
};
function quoteStyleOf(program) {
    const base = program.split('/').pop() ?? program;
    if (/^(ba|da|k|z)?sh$/.test(base))
        return 'posix';
    if (/^python[\d.]*$/.test(base))
        return 'python';
    if (/^(pwsh|powershell)$/.test(base))
        return 'pwsh';
    return null;
}
function parseShell(value, env) {
    const v = value.trim() || 'bash';
    let spec;
    if (KNOWN_SHELLS[v]) {
        spec = { name: v, ...KNOWN_SHELLS[v] };
    }
    else if (v.includes('{0}')) {
        const argv = v.split(/\s+/).filter(Boolean);
        spec = { name: v, argv, extension: '', quote: quoteStyleOf(argv[0]) };
    }
    else {
        throw invalid(Inputs.shell, v, "Expected bash, sh, python, pwsh, or a command template containing {0}, e.g. 'perl {0}'.");
    }
    // python: like GitHub, fall back to python3 where only that is installed.
    if (spec.argv[0] === 'python' && !onPath('python', env) && onPath('python3', env)) {
        spec = { ...spec, argv: ['python3', ...spec.argv.slice(1)] };
    }
    if (!onPath(spec.argv[0], env))
        throw invalid(Inputs.shell, v, `'${spec.argv[0]}' was not found on PATH.`);
    return spec;
}
// ── Other composite inputs ──────────────────────────────────────────────────
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseEnvBlock(text) {
    const env = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.trim() || line.trim().startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!ENV_NAME.test(name))
            throw invalid(Inputs.env, line, `Expected KEY=VALUE on line ${i + 1}, KEY made of letters, digits and _.`);
        env[name] = line.slice(eq + 1);
    }
    return env;
}
function parseObjective(text) {
    const v = text.trim();
    if (!v)
        return null;
    const m = /^(max|min):(\S+)$/.exec(v);
    if (!m)
        throw invalid(Inputs.objective, v, 'Expected max:KEY or min:KEY, e.g. max:accuracy.');
    return { direction: m[1], key: m[2] };
}
function parseDevices(text) {
    const v = text.trim();
    if (v === '' || v === 'auto')
        return 'auto';
    const ids = splitList(v);
    const seen = new Set();
    for (const id of ids) {
        if (seen.has(id))
            throw invalid(Inputs.devices, v, `Device '${id}' is listed twice.`);
        seen.add(id);
    }
    return ids;
}
/** Check that a file could be written there, so a bad path fails before any job runs. */
function checkWritableFile(input, file) {
    if ((0,external_node_fs_namespaceObject.existsSync)(file)) {
        if ((0,external_node_fs_namespaceObject.statSync)(file).isDirectory())
            throw invalid(input, file, 'It is a directory; expected a file path.');
        try {
            (0,external_node_fs_namespaceObject.accessSync)(file, external_node_fs_namespaceObject.constants.W_OK);
        }
        catch {
            throw invalid(input, file, 'The file is not writable.');
        }
        return;
    }
    checkWritableDir(input, (0,external_node_path_namespaceObject.resolve)(file, '..'));
}
/** The nearest existing ancestor must be a writable directory. */
function checkWritableDir(input, dir) {
    let d = dir;
    while (!(0,external_node_fs_namespaceObject.existsSync)(d)) {
        const up = (0,external_node_path_namespaceObject.resolve)(d, '..');
        if (up === d)
            break;
        d = up;
    }
    if (!(0,external_node_fs_namespaceObject.statSync)(d).isDirectory())
        throw invalid(input, dir, `'${d}' is not a directory.`);
    try {
        (0,external_node_fs_namespaceObject.accessSync)(d, external_node_fs_namespaceObject.constants.W_OK | external_node_fs_namespaceObject.constants.X_OK);
    }
    catch {
        throw invalid(input, dir, `'${d}' is not writable.`);
    }
}
function loadMatrix(raw, cwd) {
    const inline = (raw[Inputs.matrix] ?? '').trim();
    const file = (raw[Inputs.matrixFile] ?? '').trim();
    if (inline && file)
        throw new ConfigError(`Invalid matrix: give either matrix or matrix-file, not both.`);
    if (!inline && !file)
        throw new ConfigError(`Missing matrix: give matrix (inline YAML or JSON) or matrix-file (a path).`);
    let text = inline;
    const input = inline ? Inputs.matrix : Inputs.matrixFile;
    if (file) {
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(cwd, file), 'utf8');
        }
        catch (e) {
            throw invalid(Inputs.matrixFile, file, `The file could not be read (${e.code ?? e}).`);
        }
    }
    try {
        return parseMatrix(text);
    }
    catch (e) {
        if (e instanceof MatrixError)
            throw new ConfigError(`Invalid ${input}${file ? ` '${file}'` : ''}: ${e.message}`);
        throw e;
    }
}
/**
 * Read, default and validate every input. Reads the matrix file and checks the
 * output paths; otherwise pure. Throws ConfigError on the first bad input.
 */
function parseSettings(raw, ctx) {
    const cwd = ctx.cwd;
    const str = (name) => (raw[name] ?? '').trim();
    const path = (name, fallback) => (0,external_node_path_namespaceObject.resolve)(cwd, str(name) || fallback);
    const merge = str(Inputs.merge) || null;
    const devices = parseDevices(str(Inputs.devices));
    const devicesPerJob = wholeNumber(raw, Inputs.devicesPerJob, 1, 1, devices === 'auto' ? 1024 : devices.length, devices === 'auto' ? '' : ` (the number of devices)`);
    const failFast = bool(raw, Inputs.failFast, false);
    const maxFailures = wholeNumber(raw, Inputs.maxFailures, 0, 0, Number.MAX_SAFE_INTEGER);
    const shardText = str(Inputs.shard);
    let shard = null;
    if (shardText) {
        try {
            shard = parseShard(shardText);
        }
        catch (e) {
            throw new ConfigError(e.message.replace(/^Invalid shard/, `Invalid ${Inputs.shard}`));
        }
    }
    const workingDirectory = path(Inputs.workingDirectory, '.');
    if (!(0,external_node_fs_namespaceObject.existsSync)(workingDirectory) || !(0,external_node_fs_namespaceObject.statSync)(workingDirectory).isDirectory())
        throw invalid(Inputs.workingDirectory, str(Inputs.workingDirectory), 'It is not an existing directory.');
    const settings = {
        entries: [],
        run: null,
        command: null,
        shell: { name: 'bash', argv: [], extension: '.sh', quote: 'posix' },
        workingDirectory,
        env: parseEnvBlock(raw[Inputs.env] ?? ''),
        devices,
        devicesPerJob,
        maxParallel: wholeNumber(raw, Inputs.maxParallel, 0, 0, Number.MAX_SAFE_INTEGER, ' (0 = no limit)'),
        deviceEnv: splitList(str(Inputs.deviceEnv) || 'CUDA_VISIBLE_DEVICES'),
        jobName: raw[Inputs.jobName] ?? '',
        timeoutMs: Math.round(decimal(raw, Inputs.timeoutMinutes, 0, 'Expected minutes as a number, e.g. 30 or 0.5 (0 = no limit).') * 60_000),
        killGraceMs: Math.round(decimal(raw, Inputs.killGraceSeconds, 10, 'Expected seconds as a number, e.g. 10.') * 1000),
        retries: wholeNumber(raw, Inputs.retries, 0, 0, 100),
        maxFailures: failFast ? 1 : maxFailures,
        failFast,
        logDir: path(Inputs.logDir, (0,external_node_path_namespaceObject.join)(ctx.outDir, 'logs')),
        logMode: oneOf(raw, Inputs.logMode, ['grouped', 'live'], 'grouped'),
        resultsFile: path(Inputs.resultsFile, (0,external_node_path_namespaceObject.join)(ctx.outDir, 'results.json')),
        objective: parseObjective(str(Inputs.objective)),
        dryRun: bool(raw, Inputs.dryRun, false),
        lockDir: raw[Inputs.lockDir] === undefined ? '/tmp/gpu-sweep/locks' : str(Inputs.lockDir),
        order: oneOf(raw, Inputs.order, ['fifo', 'longest-first', 'auto'], 'auto'),
        previousResults: splitList(raw[Inputs.previousResults] ?? '').map((p) => (0,external_node_path_namespaceObject.resolve)(cwd, p)),
        resume: bool(raw, Inputs.resume, false),
        shard,
        merge,
    };
    for (const name of settings.deviceEnv)
        if (!ENV_NAME.test(name))
            throw invalid(Inputs.deviceEnv, str(Inputs.deviceEnv), `'${name}' is not a valid variable name.`);
    if (settings.lockDir && !(0,external_node_path_namespaceObject.isAbsolute)(settings.lockDir))
        throw invalid(Inputs.lockDir, settings.lockDir, 'Expected an absolute path, or empty to disable leases.');
    if (settings.resume && settings.previousResults.length === 0)
        throw new ConfigError(`Invalid resume 'true': resume needs previous-results (the results files to resume from).`);
    if (settings.order === 'longest-first' && settings.previousResults.length === 0)
        throw new ConfigError(`Invalid order 'longest-first': it needs previous-results to know how long jobs take.`);
    for (const p of settings.previousResults)
        if (!(0,external_node_fs_namespaceObject.existsSync)(p))
            throw invalid(Inputs.previousResults, p, 'The file does not exist.');
    checkWritableFile(Inputs.resultsFile, settings.resultsFile);
    checkWritableDir(Inputs.logDir, settings.logDir);
    if (settings.lockDir)
        checkWritableDir(Inputs.lockDir, settings.lockDir);
    if (merge) {
        for (const name of [Inputs.matrix, Inputs.matrixFile, Inputs.run])
            if (str(name))
                throw new ConfigError(`Invalid ${name}: merge combines results files; do not give ${name} with it.`);
        return settings;
    }
    settings.entries = loadMatrix(raw, cwd);
    const run = raw[Inputs.run] ?? '';
    const command = ctx.command && ctx.command.length ? ctx.command : null;
    if (run.trim() && command)
        throw new ConfigError(`Invalid run: give either run or a command after --, not both.`);
    if (!run.trim() && !command)
        throw new ConfigError(`Missing run: give the script each job runs.`);
    if (command) {
        settings.command = command;
        return settings;
    }
    settings.run = run;
    settings.shell = parseShell(raw[Inputs.shell] ?? '', ctx.env);
    const problem = checkPlaceholders(run, settings.entries);
    if (problem)
        throw new ConfigError(`Invalid run: ${problem}.`);
    if (settings.shell.quote === null && /\{\{/.test(run))
        throw new ConfigError(`Invalid run: placeholders need a shell gpu-sweep knows how to quote for (bash, sh, python, pwsh); with '${settings.shell.name}' read the values from $MATRIX_<KEY> instead.`);
    const nameProblem = checkPlaceholders(settings.jobName, settings.entries);
    if (nameProblem)
        throw new ConfigError(`Invalid job-name: ${nameProblem}.`);
    const late = /\{\{\s*sweep\.(devices|attempt|name)\s*\}\}/.exec(settings.jobName);
    if (late)
        throw new ConfigError(`Invalid job-name: '${late[0]}' is not known when jobs are named (before they start); use {{ matrix.KEY }}, {{ sweep.index }} or {{ sweep.id }}.`);
    return settings;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/devices.ts
// Which devices the sweep may use. `auto` trusts the runner's
// CUDA_VISIBLE_DEVICES first (a runner confined to some GPUs must stay on
// them), then asks nvidia-smi; anything else is an explicit list of labels.


/** Parse `nvidia-smi --query-gpu=index,uuid,name,memory.total --format=csv,noheader`. */
function parseNvidiaSmi(text) {
    const gpus = [];
    for (const line of text.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        const [index, uuid, name, memory] = line.split(',').map((s) => s.trim());
        if (!/^\d+$/.test(index ?? ''))
            continue;
        gpus.push({ index, uuid: uuid ?? '', name: name ?? '', memory: memory ?? '' });
    }
    return gpus;
}
function runNvidiaSmi(env) {
    return new Promise((resolveRun) => {
        (0,external_node_child_process_namespaceObject.execFile)('nvidia-smi', ['--query-gpu=index,uuid,name,memory.total', '--format=csv,noheader'], { env, timeout: 30_000 }, (err, stdout, stderr) => {
            if (!err)
                return resolveRun({ stdout, error: null });
            const code = err.code;
            const why = code === 'ENOENT'
                ? 'nvidia-smi was not found on PATH'
                : `nvidia-smi failed (${String(stderr || err.message)
                    .trim()
                    .split('\n')[0]})`;
            resolveRun({ stdout: '', error: why });
        });
    });
}
/** NVIDIA indices: the devices are plain numbers, which CUDA numbers differently unless told. */
function areNvidiaIndices(devices) {
    return devices.length > 0 && devices.every((d) => /^\d+$/.test(d));
}
async function resolveDevices(devices, env) {
    if (devices !== 'auto')
        return { devices, source: 'devices input', names: {} };
    const visible = (env.CUDA_VISIBLE_DEVICES ?? '').trim();
    if (visible) {
        const list = visible
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        if (new Set(list).size !== list.length)
            throw new ConfigError(`Invalid devices 'auto': CUDA_VISIBLE_DEVICES '${visible}' lists a device twice.`);
        if (list.length)
            return { devices: list, source: 'CUDA_VISIBLE_DEVICES', names: {} };
    }
    const smi = await runNvidiaSmi(env);
    const gpus = parseNvidiaSmi(smi.stdout);
    if (gpus.length) {
        return {
            devices: gpus.map((g) => g.index),
            source: 'nvidia-smi',
            names: Object.fromEntries(gpus.map((g) => [g.index, `${g.name} ${g.memory}`.trim()])),
        };
    }
    const why = smi.error ?? 'nvidia-smi listed no GPU';
    throw new ConfigError(`Invalid devices 'auto': found no GPU (CUDA_VISIBLE_DEVICES is not set and ${why}). Set devices: to the GPU ids to use, e.g. devices: 0,1,2,3.`);
}

;// CONCATENATED MODULE: ./src/locks.ts
// Host-wide device leases: no two gpu-sweep processes on one machine run jobs on the
// same device at the same time, even when several runner services start the action at
// once. A lease is a file in a shared directory, created with O_CREAT|O_EXCL and naming
// the gpu-sweep process that holds it. The long-lived sweep process holds the lease (not
// the job), because a lock taken by a job and passed across an exec is silently lost.
//
// A holder that dies without releasing leaves its file behind. Anyone may reclaim such a
// stale lease; how that is done without two processes both ending up "holding" the device
// is explained at `removeStale`.




const LEASE_SUFFIX = '.lease';
/**
 * A lease file that cannot be parsed is normally one whose writer is between `open` and
 * `write`; only when it stays unparseable this long is it taken for a writer that crashed.
 */
const CORRUPT_GRACE_MS = 5000;
/** Reclaims of reclaims (see `removeStale`) nest at most this deep before giving up. */
const MAX_RECLAIM_DEPTH = 3;
/** A file name for a device's lease: readable, but safe for any label ('a/b', '..', ''). */
function deviceLeaseName(device) {
    const readable = device.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 32);
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(device, 'utf8').digest('hex').slice(0, 16);
    return `gpu-${readable}-${hash}${LEASE_SUFFIX}`;
}
/** Fields 3 onwards of /proc/<pid>/stat (index 0 is field 3), or null where there is none. */
function procStat(pid) {
    try {
        const stat = external_node_fs_namespaceObject.readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Field 2 is the command name in parentheses and may itself hold spaces and ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    }
    catch {
        return null;
    }
}
/** A process's start time (clock ticks after boot, field 22), or null where /proc has none. */
function processStartTime(pid) {
    return procStat(pid)?.[19] ?? null;
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: the process exists but belongs to another user (another runner service).
        return errorCode(error) !== 'ESRCH';
    }
    // A zombie answers kill(0) but is dead; under a container init that never reaps, it stays.
    const state = procStat(pid)?.[0];
    return state !== 'Z' && state !== 'X';
}
function errorCode(error) {
    return error?.code;
}
function parseHolder(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (typeof value !== 'object' || value === null)
        return null;
    const v = value;
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0)
        return null;
    if (v.startTime !== null && typeof v.startTime !== 'string')
        return null;
    if (typeof v.host !== 'string' || typeof v.since !== 'string')
        return null;
    if (v.label !== undefined && typeof v.label !== 'string')
        return null;
    const holder = { pid: v.pid, startTime: v.startTime, host: v.host, since: v.since };
    if (v.label !== undefined)
        holder.label = v.label;
    return holder;
}
function sameProcess(a, b) {
    return a.pid === b.pid && a.host === b.host && a.startTime === b.startTime;
}
/** Look at a lease (or reclaim) file; null when there is none. The caller closes `fd`. */
function inspect(file, host) {
    let fd;
    try {
        fd = external_node_fs_namespaceObject.openSync(file, 'r');
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return null;
        // Unreadable (another user's umask, a directory in its place): held by someone unknown.
        return { fd: null, ino: -1n, dev: -1n, holder: null, stale: false };
    }
    try {
        const stat = external_node_fs_namespaceObject.fstatSync(fd, { bigint: true });
        const holder = parseHolder(external_node_fs_namespaceObject.readFileSync(fd, 'utf8'));
        return { fd, ino: stat.ino, dev: stat.dev, holder, stale: isStale(holder, stat, host) };
    }
    catch {
        external_node_fs_namespaceObject.closeSync(fd);
        return { fd: null, ino: -1n, dev: -1n, holder: null, stale: false };
    }
}
function isStale(holder, stat, host) {
    if (holder === null)
        return Date.now() - Number(stat.mtimeMs) > CORRUPT_GRACE_MS;
    // A pid means nothing on another machine (a lease directory on a network share): only
    // that machine can tell whether its holder is alive.
    if (holder.host !== host)
        return false;
    if (!isAlive(holder.pid))
        return true;
    if (holder.startTime === null)
        return false;
    const now = processStartTime(holder.pid);
    return now !== null && now !== holder.startTime;
}
function closeQuietly(fd) {
    if (fd === null)
        return;
    try {
        external_node_fs_namespaceObject.closeSync(fd);
    }
    catch {
        // Nothing to do: the descriptor is gone either way.
    }
}
/** Create `file` only if it does not exist, naming `me` as its holder. False when it exists. */
function createExclusive(file, me) {
    let fd;
    try {
        fd = external_node_fs_namespaceObject.openSync(file, 'wx', 0o644);
    }
    catch (error) {
        if (errorCode(error) === 'EEXIST')
            return false;
        throw error;
    }
    try {
        // Other users' sweeps must read the file to judge it, whatever our umask says.
        external_node_fs_namespaceObject.fchmodSync(fd, 0o644);
        const record = { ...me, since: new Date().toISOString() };
        external_node_fs_namespaceObject.writeSync(fd, JSON.stringify(record));
    }
    catch (error) {
        closeQuietly(fd);
        external_node_fs_namespaceObject.rmSync(file, { force: true });
        throw error;
    }
    external_node_fs_namespaceObject.closeSync(fd);
    return true;
}
/**
 * Remove the stale file `seen` found at `file`; true when it is gone (by us or anyone).
 *
 * Two processes that both found the same stale lease must not both remove "it": the later
 * unlink would hit the fresh lease the first one has created meanwhile, and both would then
 * believe they hold the device. Renaming the stale file away first does not help: whoever
 * renamed a fresh lease by mistake cannot put it back atomically. So removing one particular
 * stale file is itself guarded by a lease named after its inode, `<file>.reclaim-<ino>`:
 * only its holder may unlink, and it does so only if `file` is still that inode. The inode
 * cannot be reused for a new lease meanwhile because `seen.fd` keeps the old one open. A
 * reclaimer that crashes leaves its reclaim file behind; that file goes stale like any lease
 * and is removed the same way, one level deeper.
 */
function removeStale(file, seen, me, depth) {
    const guard = `${file}.reclaim-${seen.ino}`;
    if (!createExclusive(guard, me)) {
        if (depth >= MAX_RECLAIM_DEPTH)
            return false;
        const other = inspect(guard, me.host);
        try {
            // A live reclaimer is at it: the lease will be free in a moment, and its removal will
            // wake our listeners.
            if (other !== null && !other.stale)
                return false;
            if (other !== null && !removeStale(guard, other, me, depth + 1))
                return false;
        }
        finally {
            closeQuietly(other?.fd ?? null);
        }
        if (!createExclusive(guard, me))
            return false;
    }
    try {
        let now;
        try {
            now = external_node_fs_namespaceObject.statSync(file, { bigint: true });
        }
        catch {
            return true;
        }
        // A different inode means the stale file was already removed by an earlier reclaimer.
        if (now.ino !== seen.ino || now.dev !== seen.dev)
            return true;
        try {
            external_node_fs_namespaceObject.unlinkSync(file);
        }
        catch (error) {
            // EPERM/EACCES: the sticky directory keeps another user's file; it waits for them.
            return errorCode(error) === 'ENOENT';
        }
        return true;
    }
    finally {
        external_node_fs_namespaceObject.rmSync(guard, { force: true });
    }
}
/** Create `dir` if needed. Directories we create are world-writable with the sticky bit. */
function ensureDir(dir) {
    const first = external_node_fs_namespaceObject.mkdirSync(dir, { recursive: true });
    if (first === undefined)
        return;
    // Runner services of several users may share the directory, so each must be able to create
    // leases in it; the sticky bit (as on /tmp) stops one user from deleting another's live
    // lease. The mode passed to mkdir is cut by the umask, hence chmod on each level we made.
    const top = external_node_path_namespaceObject.resolve(first);
    for (let d = external_node_path_namespaceObject.resolve(dir); d.startsWith(top); d = external_node_path_namespaceObject.dirname(d)) {
        try {
            external_node_fs_namespaceObject.chmodSync(d, 0o1777);
        }
        catch {
            // Someone else's directory by now: theirs to set.
        }
        if (d === top || d === external_node_path_namespaceObject.dirname(d))
            break;
    }
}
function createLeaseManager(dir, opts = {}) {
    const staleCheckMs = opts.staleCheckMs ?? 2000;
    if (!(staleCheckMs > 0)) {
        throw new Error(`Invalid staleCheckMs '${staleCheckMs}'. Expected a positive number of milliseconds.`);
    }
    const pid = opts.pid ?? process.pid;
    const me = { pid, startTime: processStartTime(pid), host: external_node_os_namespaceObject.hostname() };
    if (opts.label !== undefined)
        me.label = opts.label;
    const held = new Set();
    const listeners = new Set();
    // Stale leases we failed to remove and already announced, so each is announced once.
    const announced = new Set();
    let watcher = null;
    let watchedDir = null;
    let timer = null;
    let closed = false;
    const leasePath = (device) => external_node_path_namespaceObject.join(dir, deviceLeaseName(device));
    function unlinkIfOurs(file) {
        const seen = inspect(file, me.host);
        if (seen === null)
            return;
        closeQuietly(seen.fd);
        // Our file cannot change under us between the read and the unlink: only its holder (us,
        // alive) or a reclaimer of a stale file removes a lease.
        if (seen.holder !== null && sameProcess(seen.holder, me))
            external_node_fs_namespaceObject.rmSync(file, { force: true });
    }
    function acquire(file) {
        let madeDir = false;
        // A few rounds: a lease can be released, or a stale one removed, between our looks.
        for (let round = 0; round < 3; round++) {
            try {
                if (createExclusive(file, me))
                    return true;
            }
            catch (error) {
                if (errorCode(error) !== 'ENOENT' || madeDir)
                    throw error;
                ensureDir(dir);
                madeDir = true;
                continue;
            }
            const seen = inspect(file, me.host);
            if (seen === null)
                continue;
            try {
                // Ours by identity: pid and start time together cannot belong to an earlier process.
                if (seen.holder !== null && sameProcess(seen.holder, me))
                    return true;
                if (!seen.stale || seen.fd === null)
                    return false;
                if (!removeStale(file, seen, me, 0))
                    return false;
            }
            finally {
                closeQuietly(seen.fd);
            }
        }
        return false;
    }
    function notify() {
        for (const listener of [...listeners]) {
            try {
                listener();
            }
            catch {
                // A listener's failure must not stop the others, nor escape into fs.watch.
            }
        }
    }
    function watch() {
        let stat;
        try {
            stat = external_node_fs_namespaceObject.statSync(dir, { bigint: true });
        }
        catch {
            stopWatcher();
            return;
        }
        // The directory can be removed (and made again by a later acquire): watch the one there now.
        if (watcher !== null && watchedDir?.ino === stat.ino && watchedDir.dev === stat.dev)
            return;
        stopWatcher();
        try {
            const w = external_node_fs_namespaceObject.watch(dir, (event, name) => {
                if (event !== 'rename')
                    return;
                if (!external_node_fs_namespaceObject.existsSync(dir)) {
                    // The directory itself went, and every lease in it.
                    stopWatcher();
                    notify();
                    return;
                }
                if (name !== null && !name.endsWith(LEASE_SUFFIX))
                    return;
                // 'rename' reports creations too: only a file that is gone frees anything.
                if (name !== null && external_node_fs_namespaceObject.existsSync(external_node_path_namespaceObject.join(dir, name)))
                    return;
                notify();
            });
            w.on('error', () => stopWatcher());
            w.unref();
            watcher = w;
            watchedDir = { ino: stat.ino, dev: stat.dev };
        }
        catch {
            // Retried on the next stale check.
        }
    }
    function stopWatcher() {
        watcher?.close();
        watcher = null;
        watchedDir = null;
    }
    /** Remove leases whose holder died; tell listeners when any lease may be free. */
    function checkStale() {
        try {
            watch();
            let names;
            try {
                names = external_node_fs_namespaceObject.readdirSync(dir);
            }
            catch {
                return;
            }
            let maybeFree = false;
            for (const name of names) {
                if (!name.endsWith(LEASE_SUFFIX))
                    continue;
                const file = external_node_path_namespaceObject.join(dir, name);
                const seen = inspect(file, me.host);
                if (seen === null)
                    continue;
                try {
                    if (!seen.stale || seen.fd === null)
                        continue;
                    const key = `${name}:${seen.dev}:${seen.ino}`;
                    if (removeStale(file, seen, me, 0))
                        maybeFree = true;
                    else if (!announced.has(key)) {
                        announced.add(key);
                        maybeFree = true;
                    }
                }
                finally {
                    closeQuietly(seen.fd);
                }
            }
            if (maybeFree)
                notify();
        }
        catch {
            // A failed check is retried on the next tick.
        }
    }
    function startWatching() {
        try {
            ensureDir(dir);
        }
        catch {
            // Watched once it exists.
        }
        watch();
        timer = setInterval(checkStale, staleCheckMs);
        timer.unref();
    }
    function stopWatching() {
        stopWatcher();
        if (timer !== null)
            clearInterval(timer);
        timer = null;
    }
    return {
        tryAcquire(device) {
            if (closed)
                return false;
            try {
                if (!acquire(leasePath(device))) {
                    // It may have been ours until someone judged us dead and took it over.
                    held.delete(device);
                    return false;
                }
            }
            catch (error) {
                const code = errorCode(error) ?? String(error);
                throw new Error(`Cannot take the lease for device '${device}' in '${dir}' (${code}). Expected a writable lease directory.`);
            }
            held.add(device);
            return true;
        },
        release(device) {
            held.delete(device);
            try {
                unlinkIfOurs(leasePath(device));
            }
            catch {
                // Called from `finally` blocks: at worst the lease goes stale with us and is reclaimed.
            }
        },
        holder(device) {
            const seen = inspect(leasePath(device), me.host);
            if (seen === null)
                return null;
            closeQuietly(seen.fd);
            return seen.stale ? null : seen.holder;
        },
        onMaybeFree(listener) {
            if (closed)
                return () => { };
            const wrapped = () => listener();
            listeners.add(wrapped);
            if (listeners.size === 1)
                startWatching();
            return () => {
                if (!listeners.delete(wrapped))
                    return;
                if (listeners.size === 0)
                    stopWatching();
            };
        },
        close() {
            if (closed)
                return;
            closed = true;
            listeners.clear();
            stopWatching();
            for (const device of held) {
                try {
                    unlinkIfOurs(leasePath(device));
                }
                catch {
                    // Best effort in an exit path; the lease goes stale with us and is reclaimed.
                }
            }
            held.clear();
        },
    };
}

;// CONCATENATED MODULE: ./src/outputs-file.ts
// Reads a job's GITHUB_OUTPUT (or GITHUB_ENV) file the way the Actions runner does
// (actions/runner, src/Runner.Worker/FileCommandManager.cs), so a script that sets
// outputs correctly in a workflow step sets them the same way inside a sweep.
//
// Like the runner, parsing stops at the first malformed entry: what was parsed
// before it is kept, nothing after it is read.

const DEFAULT_MAX_BYTES = 1024 * 1024;
const QUOTED_LINE_MAX_CHARS = 80;
function outputs_file_quote(line) {
    const shown = line.length > QUOTED_LINE_MAX_CHARS ? `${line.slice(0, QUOTED_LINE_MAX_CHARS)}…` : line;
    return `'${shown}'`;
}
/** Parses the text of an output file: `name=value` lines and `name<<DELIMITER` blocks. */
function parseOutputFile(text) {
    // The runner splits on `\n` only (on Linux); a `\r\n` file written on Windows
    // or by a careless tool is still meant line by line, so `\r` is dropped too.
    const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    // A final newline ends the last line rather than starting an empty one.
    if (lines.length > 0 && lines[lines.length - 1] === '' && text.endsWith('\n'))
        lines.pop();
    // A null prototype: names like `__proto__` or `constructor` are plain outputs.
    const outputs = Object.create(null);
    const errors = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const lineNo = i + 1;
        i++;
        if (line === '')
            continue;
        const eq = line.indexOf('=');
        const hd = line.indexOf('<<');
        if (eq >= 0 && (hd < 0 || eq < hd)) {
            const name = line.slice(0, eq);
            if (name === '') {
                errors.push(`line ${lineNo}: ${outputs_file_quote(line)} has an empty name; expected 'name=value'`);
                break;
            }
            outputs[name] = line.slice(eq + 1);
        }
        else if (hd >= 0) {
            const name = line.slice(0, hd);
            const delimiter = line.slice(hd + 2);
            if (name === '' || delimiter === '') {
                errors.push(`line ${lineNo}: ${outputs_file_quote(line)} has an empty name or delimiter; expected 'name<<DELIMITER'`);
                break;
            }
            const end = lines.indexOf(delimiter, i);
            if (end < 0) {
                errors.push(`line ${lineNo}: no line ${outputs_file_quote(delimiter)} ends the value of '${name}'; ` +
                    `expected 'name<<${delimiter}', the value lines, then '${delimiter}' alone on a line`);
                break;
            }
            outputs[name] = lines.slice(i, end).join('\n');
            i = end + 1;
        }
        else {
            errors.push(`line ${lineNo}: ${outputs_file_quote(line)} is not 'name=value' or 'name<<DELIMITER'`);
            break;
        }
    }
    return { outputs: { ...outputs }, errors };
}
/**
 * Reads and parses an output file. A missing file means no outputs. A file larger
 * than `maxBytes` is parsed up to its last whole line within that size, with an
 * error saying so; an unreadable file is an error, never an exception.
 *
 * The reads are synchronous on purpose: the file was just written by the job
 * and sits in the page cache, and four async round trips through the thread
 * pool cost more than the read (it runs once per job, on the dispatch path).
 */
async function readOutputFile(file, maxBytes = DEFAULT_MAX_BYTES) {
    return readOutputFileSync(file, maxBytes);
}
function readOutputFileSync(file, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { outputs: {}, errors: [] };
        return {
            outputs: {},
            errors: [`Could not read output file '${file}': ${err.message}`],
        };
    }
    try {
        const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
        const errors = [];
        let buf = Buffer.alloc(Math.min(size, maxBytes));
        let got = 0;
        while (got < buf.length) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buf, got, buf.length - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        buf = buf.subarray(0, got);
        if (size > maxBytes) {
            // A line cut in the middle would be read as a shorter, wrong value.
            const lastNewline = buf.lastIndexOf(0x0a);
            buf = buf.subarray(0, lastNewline + 1);
            errors.push(`Output file '${file}' is ${size} bytes; only the first ${maxBytes} bytes were read`);
        }
        // TextDecoder drops a UTF-8 byte order mark, as the runner's File.ReadAllText does.
        const parsed = parseOutputFile(new TextDecoder('utf-8').decode(buf));
        return { outputs: parsed.outputs, errors: [...errors, ...parsed.errors] };
    }
    catch (err) {
        return {
            outputs: {},
            errors: [`Could not read output file '${file}': ${err.message}`],
        };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/runner.ts
// Runs one job: a child process in its own process group, its output in a log
// file, a timeout, cancellation, and no process left behind. It never rejects:
// whatever happens to the job comes back as a RunOutcome.
//
// Why process groups: a job is usually a shell script that starts python, which
// starts data-loader workers, which may start more. Signalling only the script
// would leave those holding the GPU (and our output pipes) after the job "ended".
// `detached: true` makes the child the leader of a new process group; every
// signal here goes to the whole group (`kill(-pgid)`), and the job is only over
// once the group is empty.




const DEFAULT_TAIL_LINES = 20;
const TAIL_MAX_BYTES = 64 * 1024;
/** How often a group is checked while waiting for it to empty after a signal. */
const GROUP_POLL_MS = 25;
/**
 * How long to wait for a group to disappear after SIGKILL. SIGKILL cannot be
 * ignored, so this only runs out for processes stuck in the kernel (D state, a
 * hung GPU driver): we report and move on rather than hang the sweep.
 */
const AFTER_KILL_WAIT_MS = 2000;
/**
 * With onLine, how long to keep reading the pipes once the group is gone. They
 * normally reach EOF at once; a process that left the group (setsid) may hold
 * them open forever.
 */
const PIPE_DRAIN_MS = 1000;
/** Larger than the default 16 KiB so a fast job is not paused on every write. */
const LOG_STREAM_HIGH_WATER = 1024 * 1024;
/** The longest delay setTimeout honours (2^31 - 1 ms); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Sends a signal to every process of a group. False when the group is gone (or
 * cannot be signalled).
 */
function killProcessGroup(pgid, signal) {
    // kill(-0) would signal our own group and kill(-1) every process we may signal.
    if (!Number.isInteger(pgid) || pgid <= 1)
        return false;
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Whether a process group still has a live member. Zombies do not count: under a
 * container init that never reaps orphans they stay forever, yet are already dead
 * and hold nothing (no memory, no GPU, no pipes).
 */
function processGroupAlive(pgid) {
    if (!groupExists(pgid))
        return false;
    const members = liveGroupMembers(pgid);
    return members === undefined || members.length > 0;
}
/** kill(-pgid, 0): true while any process, zombies included, is in the group. */
function groupExists(pgid) {
    if (!Number.isInteger(pgid) || pgid <= 1)
        return false;
    try {
        process.kill(-pgid, 0);
        return true;
    }
    catch (err) {
        // EPERM: it exists but belongs to someone else.
        return err.code === 'EPERM';
    }
}
/** `state` and `pgrp` of a process from /proc/PID/stat; undefined when it is gone. */
function runner_procStat(pid) {
    let stat;
    try {
        stat = (0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/stat`, 'latin1');
    }
    catch {
        return undefined;
    }
    // `pid (comm) state ppid pgrp ...`; comm may itself contain spaces and parens.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], pgrp: Number(fields[2]) };
}
function isLiveMember(pid, pgid) {
    const info = runner_procStat(pid);
    return info !== undefined && info.pgrp === pgid && info.state !== 'Z' && info.state !== 'X';
}
/**
 * The group's members that are not zombies, from a scan of /proc (Linux);
 * undefined where there is no /proc to tell.
 */
function liveGroupMembers(pgid) {
    let pids;
    try {
        pids = (0,external_node_fs_namespaceObject.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    return pids.filter((pid) => /^\d+$/.test(pid) && isLiveMember(pid, pgid)).map(Number);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/**
 * Waits until the group is empty or the deadline passes; true when it emptied.
 * A /proc scan costs milliseconds on a busy machine, so polls only re-check the
 * members already found, and scan again when those are all gone (to catch any
 * they forked meanwhile).
 */
async function waitGroupGone(pgid, deadline) {
    let known = [];
    for (;;) {
        known = known.filter((pid) => isLiveMember(pid, pgid));
        if (known.length === 0) {
            if (!groupExists(pgid))
                return true;
            const members = liveGroupMembers(pgid);
            if (members?.length === 0)
                return true;
            known = members ?? [];
        }
        const left = deadline - Date.now();
        if (left <= 0)
            return false;
        await sleep(Math.min(GROUP_POLL_MS, left));
    }
}
/** SIGTERM, then SIGKILL after graceMs if the group is still there, then a bounded wait. */
async function terminateGroup(pgid, graceMs, killAt) {
    if (killAt === undefined) {
        killProcessGroup(pgid, 'SIGTERM');
        killAt = Date.now() + graceMs;
    }
    if (await waitGroupGone(pgid, killAt))
        return;
    killProcessGroup(pgid, 'SIGKILL');
    await waitGroupGone(pgid, Date.now() + AFTER_KILL_WAIT_MS);
}
function message(err) {
    return err instanceof Error ? err.message : String(err);
}
/** Why a spawn failed, in one line that names what was wrong. */
function spawnError(spec, err) {
    const code = err.code;
    const program = spec.argv[0];
    // spawn reports a bad cwd as ENOENT of the program, which would send the
    // reader looking for the wrong thing. Checked only on failure: a stat per job
    // would sit on the dispatch path of every sweep.
    if (code === 'ENOENT' || code === 'ENOTDIR') {
        const cwd = (0,external_node_fs_namespaceObject.statSync)(spec.cwd, { throwIfNoEntry: false });
        if (!cwd)
            return `Working directory '${spec.cwd}' does not exist`;
        if (!cwd.isDirectory())
            return `Working directory '${spec.cwd}' is not a directory`;
    }
    if (code === 'ENOENT') {
        return `Cannot run '${program}': not found (expected an executable path or a command on PATH, whose #! interpreter exists)`;
    }
    if (code === 'EACCES')
        return `Cannot run '${program}': permission denied (expected an executable file)`;
    return `Cannot run '${program}': ${message(err)}`;
}
/**
 * Copies the child's pipes to the log file and to a line splitter per stream
 * (stdout and stderr lines must not be spliced into each other mid-line).
 * Backpressure: when the file stream is full both pipes pause, so the child
 * blocks on write instead of our memory growing.
 */
class PipeTee {
    file;
    splitters = [];
    pipes;
    paused = false;
    drained = false;
    writeError;
    lineError;
    constructor(file, pipes, onLine) {
        this.file = file;
        this.pipes = pipes.filter((p) => p !== null);
        file.on('error', (err) => {
            // A full or broken disk: keep draining the pipes so the job is not stuck.
            this.writeError ??= err;
            this.resume();
        });
        file.on('drain', () => this.resume());
        // A throw from the caller's callback would surface in a stream event and
        // crash this process; it is reported in the outcome instead.
        const safeOnLine = (line) => {
            try {
                onLine(line);
            }
            catch (err) {
                this.lineError ??= err;
            }
        };
        for (const pipe of this.pipes) {
            const splitter = new LineSplitter(safeOnLine);
            this.splitters.push(splitter);
            pipe.on('data', (chunk) => {
                if (!this.writeError && !this.file.destroyed && !this.file.write(chunk))
                    this.pause();
                splitter.push(chunk);
            });
            pipe.on('error', () => {
                // A pipe error (EIO, destroyed) only ends the copying; the job goes on.
            });
        }
    }
    get error() {
        if (this.writeError)
            return `Could not write the log file: ${this.writeError.message}`;
        if (this.lineError)
            return `The onLine callback failed: ${message(this.lineError)}`;
        return undefined;
    }
    pause() {
        if (this.paused)
            return;
        this.paused = true;
        for (const pipe of this.pipes)
            pipe.pause();
    }
    resume() {
        if (!this.paused)
            return;
        this.paused = false;
        for (const pipe of this.pipes)
            pipe.resume();
    }
    /**
     * Reads what is still buffered for up to `ms`, then destroys the pipes: a process
     * outside our group may hold them open, and must not hang the job.
     */
    async drain(ms) {
        if (this.drained)
            return;
        this.drained = true;
        const ended = this.pipes.map((pipe) => new Promise((resolve) => {
            if (pipe.readableEnded || pipe.destroyed)
                return resolve();
            pipe.once('end', resolve);
            pipe.once('close', resolve);
        }));
        let timer;
        try {
            await Promise.race([
                Promise.all(ended),
                new Promise((resolve) => (timer = setTimeout(resolve, ms))),
            ]);
        }
        finally {
            clearTimeout(timer);
            for (const pipe of this.pipes)
                pipe.destroy();
            for (const splitter of this.splitters)
                splitter.end();
        }
    }
    /** Flushes and closes the log file. */
    async close() {
        if (this.file.closed)
            return;
        await new Promise((resolve) => {
            this.file.once('close', resolve);
            if (this.file.destroyed)
                return;
            this.file.end();
        });
    }
}
async function runProcess(spec) {
    const startedAt = new Date();
    const tailLines = spec.tailLines ?? DEFAULT_TAIL_LINES;
    const cancelGraceMs = spec.cancelGraceMs ?? spec.killGraceMs;
    const outcome = (fields) => ({
        exitCode: null,
        signal: null,
        startedAt,
        finishedAt: new Date(),
        tail: [],
        leftovers: false,
        ...fields,
    });
    if (spec.signal?.aborted)
        return outcome({ status: 'cancelled' });
    if (spec.argv.length === 0 || !spec.argv[0]) {
        return outcome({
            status: 'failure',
            error: `Cannot run ${JSON.stringify(spec.argv)}: expected a program name`,
        });
    }
    let logHandle;
    let tee;
    let pgid = 0;
    let timeoutTimer;
    let killTimer;
    let onAbort;
    try {
        try {
            logHandle = await (0,promises_namespaceObject.open)(spec.logFile, 'w');
        }
        catch (err) {
            return outcome({
                status: 'failure',
                error: `Cannot open log file '${spec.logFile}': ${message(err)}`,
            });
        }
        // Without onLine the child gets the log file itself as stdout and stderr: no
        // copying through this process, whatever the job prints.
        const out = spec.onLine ? 'pipe' : logHandle.fd;
        let proc;
        try {
            proc = (0,external_node_child_process_namespaceObject.spawn)(spec.argv[0], spec.argv.slice(1), {
                cwd: spec.cwd,
                env: spec.env,
                detached: true,
                stdio: ['ignore', out, out],
            });
        }
        catch (err) {
            return outcome({ status: 'failure', error: spawnError(spec, err) });
        }
        // Listen before anything can be emitted: 'error' comes on the next tick for a
        // failed spawn, and 'exit' (not 'close') ends the job, because a background
        // process may keep the pipes open long after the main one is gone.
        const exited = new Promise((resolve) => {
            proc.once('exit', (code, signal) => resolve({ code, signal }));
            proc.once('error', (error) => resolve({ error }));
        });
        proc.on('error', () => {
            // Later errors (a failed kill) must not become unhandled; we never kill through `proc`.
        });
        // Tell the caller about the group at once, before any await: a caller that
        // records it for crash cleanup must not miss it if we die a moment later.
        if (proc.pid !== undefined) {
            try {
                spec.onSpawn?.(proc.pid);
            }
            catch {
                // The caller's bookkeeping failing is no reason to lose track of the job:
                // it runs and is cleaned up all the same.
            }
        }
        if (spec.onLine) {
            // The stream now owns the file handle and closes it.
            const file = (0,external_node_fs_namespaceObject.createWriteStream)(spec.logFile, {
                fd: logHandle,
                highWaterMark: LOG_STREAM_HIGH_WATER,
            });
            logHandle = undefined;
            tee = new PipeTee(file, [proc.stdout, proc.stderr], spec.onLine);
        }
        else {
            // The child has its own copy of the descriptor now.
            await logHandle.close();
            logHandle = undefined;
        }
        if (proc.pid === undefined) {
            const result = await exited;
            const error = 'error' in result ? spawnError(spec, result.error) : 'Cannot run the job: no process id';
            await tee?.drain(0);
            return outcome({ status: 'failure', error, tail: await tail(spec.logFile, tailLines) });
        }
        pgid = proc.pid;
        const group = pgid;
        // Timeout and cancel: SIGTERM to the group now, SIGKILL at killAt. The first
        // reason wins the status; a later one can only bring SIGKILL forward.
        let reason;
        let killAt;
        const terminate = (why, graceMs) => {
            reason ??= why;
            const at = Date.now() + graceMs;
            if (killAt === undefined)
                killProcessGroup(group, 'SIGTERM');
            if (killAt !== undefined && killAt <= at)
                return;
            killAt = at;
            clearTimeout(killTimer);
            killTimer = setTimeout(() => killProcessGroup(group, 'SIGKILL'), Math.min(graceMs, MAX_TIMER_MS));
        };
        if (spec.timeoutMs > 0) {
            // setTimeout fires at once for delays over ~24.8 days: re-arm in steps.
            const deadline = Date.now() + spec.timeoutMs;
            const arm = () => {
                const left = deadline - Date.now();
                timeoutTimer =
                    left > MAX_TIMER_MS
                        ? setTimeout(arm, MAX_TIMER_MS)
                        : setTimeout(() => terminate('timeout', spec.killGraceMs), left);
            };
            arm();
        }
        if (spec.signal) {
            onAbort = () => terminate('cancelled', cancelGraceMs);
            spec.signal.addEventListener('abort', onAbort, { once: true });
            // An abort while the log file was being opened fired no listener yet.
            if (spec.signal.aborted)
                onAbort();
        }
        const result = await exited;
        clearTimeout(timeoutTimer);
        timeoutTimer = undefined;
        if (onAbort)
            spec.signal?.removeEventListener('abort', onAbort);
        onAbort = undefined;
        const finishedAt = new Date();
        const exitCode = 'code' in result ? result.code : null;
        const signal = 'signal' in result ? result.signal : null;
        const error = 'error' in result ? spawnError(spec, result.error) : undefined;
        // Leftovers: the main process is gone but background processes of the job are
        // not. They are part of the job, so they end with it (after a grace period to
        // let them exit cleanly), as a terminal closing would end them.
        clearTimeout(killTimer);
        const leftovers = processGroupAlive(group);
        if (leftovers)
            await terminateGroup(group, spec.killGraceMs, killAt);
        await tee?.drain(PIPE_DRAIN_MS);
        await tee?.close();
        const status = reason ?? (exitCode === 0 ? 'success' : 'failure');
        return {
            status,
            exitCode,
            signal,
            startedAt,
            finishedAt,
            ...(error || tee?.error ? { error: error ?? tee?.error } : {}),
            tail: await tail(spec.logFile, tailLines),
            leftovers,
        };
    }
    catch (err) {
        // Nothing above should throw; if something does, the job still ends as data
        // and its group is still cleaned up (in finally).
        return outcome({ status: 'failure', error: `Running the job failed: ${message(err)}` });
    }
    finally {
        clearTimeout(timeoutTimer);
        clearTimeout(killTimer);
        if (onAbort)
            spec.signal?.removeEventListener('abort', onAbort);
        if (pgid > 1 && processGroupAlive(pgid))
            killProcessGroup(pgid, 'SIGKILL');
        if (tee)
            await tee.drain(0).catch(() => undefined);
        if (tee)
            await tee.close().catch(() => undefined);
        if (logHandle)
            await logHandle.close().catch(() => undefined);
    }
}
async function tail(file, lines) {
    if (lines <= 0)
        return [];
    try {
        return (await readLogTail(file, { maxBytes: TAIL_MAX_BYTES, maxLines: lines })).lines;
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/scheduler.ts
/**
 * Run every job (in the given order) and resolve with one record per job, in
 * the same order. Never rejects because of a job.
 */
function runSchedule(jobs, opts) {
    const records = new Map(jobs.map((job) => [job, { job, attempts: [], devices: [] }]));
    const queue = jobs.map((job) => ({ job, attempt: 1, avoid: new Set() }));
    const free = new Set(opts.devices);
    const running = new Map();
    let leases = opts.leases ?? null;
    const waitingReported = new Set();
    const limit = opts.maxParallel > 0 ? opts.maxParallel : Infinity;
    let finalFailures = 0;
    let stopped = false;
    let unsubscribe = null;
    return new Promise((resolveAll) => {
        // While every device is leased by another process nothing of ours is
        // pending (lease watchers are unref'ed): this handle keeps Node alive.
        const keepAlive = setInterval(() => { }, 2 ** 30);
        const finishIfDone = () => {
            if (running.size === 0 && (stopped || queue.length === 0)) {
                clearInterval(keepAlive);
                unsubscribe?.();
                opts.signal?.removeEventListener('abort', onAbort);
                resolveAll(jobs.map((job) => records.get(job)));
                return true;
            }
            return false;
        };
        const stop = (cancelRunning) => {
            stopped = true;
            if (cancelRunning)
                for (const controller of running.values())
                    controller.abort();
        };
        function onAbort() {
            stop(true);
            finishIfDone();
        }
        /**
         * Take a device's host lease. If the lease folder itself fails (removed,
         * made read-only mid-run), waiting for it would hang the sweep: say so once
         * and go on without host-wide leases.
         */
        const tryLease = (device) => {
            try {
                return leases.tryAcquire(device);
            }
            catch (error) {
                opts.onLeaseError?.(error);
                unsubscribe?.();
                unsubscribe = null;
                leases = null;
                return true;
            }
        };
        /** Pick devices for a job: free ones, preferring those it has not failed on, holding their leases. */
        const allocate = (avoid) => {
            const candidates = [...opts.devices].filter((d) => free.has(d));
            if (candidates.length < opts.devicesPerJob)
                return null;
            candidates.sort((a, b) => Number(avoid.has(a)) - Number(avoid.has(b)));
            const chosen = [];
            for (const d of candidates) {
                if (leases && !tryLease(d)) {
                    if (!waitingReported.has(d)) {
                        waitingReported.add(d);
                        opts.onWaitingForLease?.(d, leases.holder(d));
                    }
                    continue;
                }
                waitingReported.delete(d);
                chosen.push(d);
                if (chosen.length === opts.devicesPerJob)
                    break;
            }
            if (chosen.length < opts.devicesPerJob) {
                if (leases)
                    for (const d of chosen)
                        leases.release(d);
                if (leases && !unsubscribe)
                    unsubscribe = leases.onMaybeFree(pump);
                return null;
            }
            // Keep the job's devices in the configured order (CUDA_VISIBLE_DEVICES=0,1 rather than 1,0).
            return opts.devices.filter((d) => chosen.includes(d));
        };
        const start = (item, devices) => {
            const { job, attempt } = item;
            const record = records.get(job);
            const controller = new AbortController();
            for (const d of devices)
                free.delete(d);
            running.set(job, controller);
            record.devices.push(devices);
            const run = async () => {
                try {
                    opts.onStart?.(job, devices, attempt);
                    return await opts.runAttempt(job, devices, attempt, controller.signal);
                }
                catch (error) {
                    return opts.onAttemptError(job, devices, attempt, error);
                }
                finally {
                    running.delete(job);
                    for (const d of devices) {
                        free.add(d);
                        leases?.release(d);
                    }
                }
            };
            void run().then((outcome) => {
                record.attempts.push(outcome);
                const failed = outcome.status === 'failure' || outcome.status === 'timeout';
                const retry = failed && !stopped && attempt <= opts.retries;
                if (retry) {
                    // A retry goes to the front: it was dispatched before everything still queued.
                    queue.unshift({ job, attempt: attempt + 1, avoid: new Set([...item.avoid, ...devices]) });
                }
                else if (failed) {
                    finalFailures++;
                }
                opts.onAttemptEnd?.(job, outcome, attempt, !retry);
                if (!retry && failed && opts.maxFailures > 0 && finalFailures >= opts.maxFailures)
                    stop(opts.cancelOnMaxFailures);
                pump();
            });
        };
        function pump() {
            while (!stopped && queue.length > 0 && running.size < limit) {
                const devices = allocate(queue[0].avoid);
                if (!devices)
                    break;
                start(queue.shift(), devices);
            }
            finishIfDone();
        }
        if (opts.signal?.aborted) {
            stopped = true;
        }
        else {
            opts.signal?.addEventListener('abort', onAbort, { once: true });
        }
        pump();
    });
}

;// CONCATENATED MODULE: ./src/sweep.ts
// The engine both edges share: settings in, a ResultsDocument out. It expands
// the matrix into jobs, resolves devices, orders and shards the jobs, runs
// them through the scheduler and the runner, and writes the results file.
// It reports progress as events; the edges decide how to show them.

















/** The facts of an attempt that a job's result keeps. */
function attemptFacts(a) {
    const { devices, status, exitCode, signal, startedAt, finishedAt, durationSeconds } = a;
    return { devices, status, exitCode, signal, startedAt, finishedAt, durationSeconds };
}
/** Read and check a results file; `input` names where it came from in the error. */
function readResultsFile(file, input) {
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new ConfigError(`Invalid ${input} '${file}': not a readable results file (${e.message.split('\n')[0]}).`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || d.schema !== 1 || !Array.isArray(d.jobs))
        throw new ConfigError(`Invalid ${input} '${file}': not a gpu-sweep results file with schema 1.`);
    return d;
}
/** Write the results file atomically: a reader never sees half a document. */
function writeResultsFile(file, doc) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_namespaceObject.writeFileSync)(tmp, JSON.stringify(doc, null, 2) + '\n');
    (0,external_node_fs_namespaceObject.renameSync)(tmp, file);
}
/** Empty a file, creating it the first time (truncating is ~50× cheaper than creating). */
function emptyFile(file) {
    try {
        (0,external_node_fs_namespaceObject.truncateSync)(file, 0);
    }
    catch {
        (0,external_node_fs_namespaceObject.writeFileSync)(file, '');
    }
}
/** The first `max` bytes of a small file as text; '' when it is gone (a job may delete it). */
function readSmallFile(file, max) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    }
    catch {
        return '';
    }
    try {
        const buf = Buffer.allocUnsafe(Math.min((0,external_node_fs_namespaceObject.fstatSync)(fd).size, max));
        return buf.toString('utf8', 0, (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, buf.length, 0));
    }
    catch {
        return '';
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Script files by content. For POSIX shells placeholders become variable
 * references, so every job's script is the same text: written once per sweep,
 * not once per job.
 */
function scriptFiles(dir, extension) {
    const written = new Map();
    let made = null;
    return {
        fileFor(script) {
            let file = written.get(script);
            if (!file) {
                const path = (0,external_node_path_namespaceObject.join)(dir, `${written.size}${extension || '.script'}`);
                made ??= (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
                file = made.then(() => (0,promises_namespaceObject.writeFile)(path, script)).then(() => path);
                written.set(script, file);
            }
            return file;
        },
    };
}
/** Variables a job must not inherit from the action's own process. */
function inheritedEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        // The action's inputs and its runtime token are the action's, not the job's:
        // a `run:` step does not see them either.
        if (k.startsWith('INPUT_') || k === 'ACTIONS_RUNTIME_TOKEN' || k.startsWith('STATE_'))
            continue;
        out[k] = v;
    }
    return out;
}
function pad(n, total) {
    return String(n).padStart(String(Math.max(total - 1, 0)).length, '0');
}
function jobResultOf(job, rec) {
    const identity = { index: job.index, id: job.id, name: job.name, matrix: job.matrix };
    const attempts = rec?.attempts ?? [];
    const last = attempts.at(-1);
    if (!last) {
        return {
            ...identity,
            devices: [],
            status: 'skipped',
            exitCode: null,
            signal: null,
            attempts: 0,
            startedAt: null,
            finishedAt: null,
            durationSeconds: null,
            outputs: {},
            logFile: null,
        };
    }
    const result = {
        ...identity,
        ...attemptFacts(last),
        attempts: attempts.length,
        outputs: last.outputs,
        logFile: last.logFile,
    };
    if (attempts.length > 1) {
        const earlier = attempts.slice(0, -1);
        result.previousExitCodes = earlier.map((a) => a.exitCode);
        result.earlierAttempts = earlier.map(attemptFacts);
    }
    if (last.summary)
        result.summary = last.summary;
    if (last.status !== 'success')
        result.logTail = last.tail;
    if (last.error)
        result.error = last.error;
    return result;
}
/** Run the sweep described by settings. Throws ConfigError only before any job started. */
async function runSweep(settings, ctx) {
    const emit = (e) => ctx.onEvent?.(e);
    const startedAt = new Date();
    const allJobs = buildJobs(settings.entries, settings.jobName);
    // History: expected durations and, for resume, earlier successes.
    const previous = settings.previousResults.map((f) => readResultsFile(f, Inputs.previousResults));
    const history = readHistory(previous);
    const haveHistory = previous.length > 0;
    const { predicted } = predictDurations(allJobs, history);
    const order = settings.order === 'auto' ? (haveHistory ? 'longest-first' : 'fifo') : settings.order;
    const mine = settings.shard
        ? shardJobs(allJobs, settings.shard, haveHistory ? predicted : undefined)
        : allJobs;
    const reused = new Map();
    if (settings.resume) {
        const succeeded = new Map();
        for (const doc of previous)
            for (const j of doc.jobs)
                if (j.status === 'success' || j.status === 'reused')
                    succeeded.set(j.id, j);
        for (const job of mine) {
            const before = succeeded.get(job.id);
            if (before)
                reused.set(job.index, {
                    ...before,
                    index: job.index,
                    name: job.name,
                    matrix: job.matrix,
                    status: 'reused',
                });
        }
    }
    const toRun = orderJobs(mine.filter((j) => !reused.has(j.index)), order, predicted);
    const resolved = await resolveDevices(settings.devices, ctx.env);
    emit({ type: 'devices', resolved });
    const devices = resolved.devices;
    if (settings.devicesPerJob > devices.length)
        throw new ConfigError(`Invalid devices-per-job '${settings.devicesPerJob}'. Expected a whole number from 1 to ${devices.length} (the number of devices).`);
    const total = allJobs.length;
    emit({ type: 'plan', jobs: toRun, total, order, reused: reused.size });
    const records = new Map();
    let leases = null;
    let cancelled = false;
    const marker = (0,external_node_crypto_namespaceObject.randomUUID)();
    const liveGroups = new Set();
    const reportGroups = () => ctx.onProcessGroups?.([...liveGroups], marker);
    const onAbort = () => {
        cancelled = true;
        emit({ type: 'cancelling' });
    };
    ctx.signal?.addEventListener('abort', onAbort, { once: true });
    if (ctx.signal?.aborted)
        onAbort();
    try {
        if (!settings.dryRun && toRun.length > 0) {
            (0,external_node_fs_namespaceObject.mkdirSync)(settings.logDir, { recursive: true });
            if (settings.lockDir)
                leases = createLeaseManager(settings.lockDir, { label: ctx.runnerName });
            const baseEnv = inheritedEnv(ctx.env);
            // Indices from nvidia-smi (or typed by someone reading it) are in PCI bus
            // order; CUDA's default order differs. Indices the runner itself gave in
            // CUDA_VISIBLE_DEVICES already mean what CUDA makes of them: leave those be.
            const setOrder = areNvidiaIndices(devices) &&
                resolved.source !== 'CUDA_VISIBLE_DEVICES' &&
                !baseEnv.CUDA_DEVICE_ORDER &&
                !settings.env.CUDA_DEVICE_ORDER;
            const cancelGraceMs = Math.min(settings.killGraceMs, CANCEL_GRACE_CAP_MS);
            const scripts = scriptFiles((0,external_node_path_namespaceObject.join)(settings.logDir, 'scripts'), settings.shell.extension);
            const slotDir = (0,external_node_path_namespaceObject.join)(settings.logDir, 'slots');
            (0,external_node_fs_namespaceObject.mkdirSync)(slotDir, { recursive: true });
            const runAttempt = async (job, jobDevices, attempt, signal) => {
                const stem = (0,external_node_path_namespaceObject.join)(settings.logDir, `${pad(job.index, total)}-${job.id}${attempt > 1 ? `.attempt${attempt}` : ''}`);
                // The job's GITHUB_OUTPUT and friends belong to its device slot: they
                // are read back before the device is released, so the next job on the
                // slot can reuse them. Emptying a file costs microseconds; creating
                // one per job costs about half a millisecond on ext4.
                const slot = (0,external_node_path_namespaceObject.join)(slotDir, `slot-${devices.indexOf(jobDevices[0])}`);
                const files = {
                    log: `${stem}.log`,
                    output: `${slot}.output`,
                    summary: `${slot}.summary.md`,
                    env: `${slot}.env`,
                    path: `${slot}.path`,
                };
                const phCtx = { job, devices: jobDevices, attempt };
                let argv;
                let scriptEnv = {};
                let scriptFile = null;
                if (settings.command) {
                    // Argument vector, no shell: a placeholder's value is one argument, never syntax.
                    argv = settings.command.map((a) => renderText(a, phCtx));
                }
                else {
                    const rendered = renderScript(settings.run ?? '', phCtx, settings.shell.quote ?? 'posix');
                    scriptEnv = rendered.env;
                    scriptFile = scripts.fileFor(rendered.script);
                    argv = [];
                }
                // The files exist, empty, before the job starts, as on a runner
                // (@actions/core refuses to write to a missing one).
                for (const f of [files.output, files.summary, files.env, files.path])
                    emptyFile(f);
                const file = await scriptFile;
                if (file)
                    argv = settings.shell.argv.map((a) => a.replace('{0}', file));
                const env = {
                    ...baseEnv,
                    ...settings.env,
                    ...jobEnv(job, jobDevices, attempt, settings.deviceEnv),
                    ...scriptEnv,
                    // The job's own files: scripts written for Actions work unchanged and
                    // concurrent jobs never write into each other's (or the step's) files.
                    GITHUB_OUTPUT: files.output,
                    GITHUB_STEP_SUMMARY: files.summary,
                    GITHUB_ENV: files.env,
                    GITHUB_PATH: files.path,
                    [RUN_MARKER_ENV]: marker,
                };
                if (setOrder)
                    env.CUDA_DEVICE_ORDER = 'PCI_BUS_ID';
                let pgid = 0;
                let outcome;
                try {
                    outcome = await runProcess({
                        argv,
                        cwd: settings.workingDirectory,
                        env,
                        logFile: files.log,
                        timeoutMs: settings.timeoutMs,
                        killGraceMs: settings.killGraceMs,
                        cancelGraceMs,
                        signal,
                        tailLines: 0,
                        onSpawn: (id) => {
                            pgid = id;
                            liveGroups.add(id);
                            reportGroups();
                        },
                        onLine: ctx.wantLines ? (line) => emit({ type: 'line', job, line }) : undefined,
                    });
                }
                finally {
                    if (pgid) {
                        liveGroups.delete(pgid);
                        reportGroups();
                    }
                }
                const [out, summary, tail] = await Promise.all([
                    readOutputFile(files.output),
                    readSmallFile(files.summary, 64 * 1024),
                    // The summary shows the tail of failed jobs only.
                    outcome.status === 'success'
                        ? []
                        : readLogTail(files.log, { maxBytes: 64 * 1024, maxLines: 20 }).then((t) => t.lines, () => []),
                ]);
                const record = {
                    status: outcome.status,
                    devices: jobDevices,
                    exitCode: outcome.exitCode,
                    signal: outcome.signal,
                    startedAt: outcome.startedAt.toISOString(),
                    finishedAt: outcome.finishedAt.toISOString(),
                    durationSeconds: (outcome.finishedAt.getTime() - outcome.startedAt.getTime()) / 1000,
                    outputs: out.outputs,
                    summary: summary.trim(),
                    logFile: files.log,
                    tail,
                    warnings: out.errors.map((e) => `${job.name}: GITHUB_OUTPUT ${e}`),
                };
                if (outcome.error)
                    record.error = outcome.error;
                return record;
            };
            const done = await runSchedule(toRun, {
                devices,
                devicesPerJob: settings.devicesPerJob,
                maxParallel: settings.maxParallel,
                retries: settings.retries,
                maxFailures: settings.maxFailures,
                cancelOnMaxFailures: settings.failFast,
                signal: ctx.signal,
                leases,
                runAttempt,
                onAttemptError: (job, jobDevices, _attempt, error) => {
                    const now = new Date().toISOString();
                    return {
                        status: 'failure',
                        devices: jobDevices,
                        exitCode: null,
                        signal: null,
                        startedAt: now,
                        finishedAt: now,
                        durationSeconds: 0,
                        outputs: {},
                        summary: '',
                        logFile: '',
                        tail: [],
                        warnings: [],
                        error: `could not start: ${error.message ?? error}`,
                    };
                },
                onStart: (job, jobDevices, attempt) => emit({ type: 'start', job, devices: jobDevices, attempt, total }),
                onAttemptEnd: (job, record, attempt, final) => {
                    for (const w of record.warnings)
                        emit({ type: 'warning', message: w });
                    emit({ type: 'end', job, attempt, final, record, total });
                },
                onWaitingForLease: (device, holder) => emit({ type: 'waiting', device, holder }),
                onLeaseError: (error) => emit({
                    type: 'warning',
                    message: `lock-dir '${settings.lockDir}' failed (${error.message ?? error}); going on without host-wide device leases`,
                }),
            });
            for (const r of done)
                records.set(r.job.index, r);
        }
    }
    finally {
        ctx.signal?.removeEventListener('abort', onAbort);
        leases?.close();
    }
    const finishedAt = new Date();
    const jobs = mine.map((job) => reused.get(job.index) ?? jobResultOf(job, records.get(job.index)));
    const wallSeconds = (finishedAt.getTime() - startedAt.getTime()) / 1000;
    const doc = {
        schema: 1,
        tool: { name: 'gpu-sweep', version: VERSION },
        matrixFingerprint: matrixFingerprint(settings.entries),
        matrixSize: settings.entries.length,
        devices,
        runner: ctx.runnerName || (0,external_node_os_namespaceObject.hostname)(),
        ...(settings.shard ? { shard: settings.shard } : {}),
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        wallSeconds,
        order,
        cancelled,
        dryRun: settings.dryRun,
        jobs,
    };
    if (order === 'longest-first' && haveHistory && !settings.dryRun) {
        const slots = Math.max(1, Math.min(Math.floor(devices.length / settings.devicesPerJob), settings.maxParallel || Infinity));
        const predictedSeconds = predictMakespan(toRun.map((j) => predicted.get(j.index) ?? 0), slots);
        doc.estimate = { predictedSeconds, actualSeconds: wallSeconds };
        for (const j of jobs) {
            const p = predicted.get(j.index);
            if (p !== undefined)
                j.predictedSeconds = p;
        }
    }
    if (settings.objective) {
        doc.objective = settings.objective;
        const best = findBest(jobs, settings.objective);
        if (best !== undefined)
            doc.bestIndex = best;
    }
    return doc;
}

;// CONCATENATED MODULE: ./src/merge.ts
// Merge mode: find shard results files by glob, merge them into one document
// and recompute the best job over all of them.







function segmentRegex(segment) {
    const body = segment
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${body}$`);
}
/**
 * Files matching a glob (`*`, `?` within a path segment, `**` for any depth),
 * sorted. Small on purpose: merge patterns look like `shards/**\/results.json`.
 */
function globFiles(pattern, cwd) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, pattern);
    const parts = absolute.split(external_node_path_namespaceObject.sep).filter(Boolean);
    const found = new Set();
    const walk = (dir, i) => {
        if (i === parts.length)
            return;
        const part = parts[i];
        const last = i === parts.length - 1;
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        if (part === '**') {
            walk(dir, i + 1);
            for (const e of entries)
                if (e.isDirectory())
                    walk((0,external_node_path_namespaceObject.join)(dir, e.name), i);
            return;
        }
        if (!/[*?]/.test(part)) {
            const e = entries.find((x) => x.name === part);
            if (!e)
                return;
            if (last) {
                if (e.isFile())
                    found.add((0,external_node_path_namespaceObject.join)(dir, part));
            }
            else if (e.isDirectory())
                walk((0,external_node_path_namespaceObject.join)(dir, part), i + 1);
            return;
        }
        const re = segmentRegex(part);
        for (const e of entries) {
            if (!re.test(e.name))
                continue;
            if (last) {
                if (e.isFile())
                    found.add((0,external_node_path_namespaceObject.join)(dir, e.name));
            }
            else if (e.isDirectory())
                walk((0,external_node_path_namespaceObject.join)(dir, e.name), i + 1);
        }
    };
    walk(external_node_path_namespaceObject.sep, 0);
    return [...found].sort();
}
/**
 * Merge the results files that the patterns match. `patterns` is the action's
 * `merge` input (globs separated by whitespace) or the CLI's arguments (one
 * glob or path each, spaces allowed).
 */
function mergeFiles(patterns, cwd, objective) {
    const list = typeof patterns === 'string' ? splitPatterns(patterns) : patterns;
    const files = list.flatMap((p) => globFiles(p, cwd));
    const unique = [...new Set(files)];
    if (unique.length === 0)
        throw new ConfigError(`Invalid ${Inputs.merge} '${list.join(' ')}': no results file matches it.`);
    const inputs = unique.map((file) => ({ file, doc: readResultsFile(file, Inputs.merge) }));
    let merged;
    try {
        merged = mergeResults(inputs);
    }
    catch (e) {
        if (e instanceof MergeError)
            throw new ConfigError(`Invalid ${Inputs.merge}: ${e.message}`);
        throw e;
    }
    const doc = merged.doc;
    const obj = objective ?? doc.objective ?? null;
    if (obj) {
        doc.objective = obj;
        const best = findBest(doc.jobs, obj);
        if (best !== undefined)
            doc.bestIndex = best;
    }
    return { doc, problems: merged.problems, files: unique };
}
/** Several patterns may be given, one per line or separated by spaces. */
function splitPatterns(text) {
    return text.split(/\s+/).filter(Boolean);
}

;// CONCATENATED MODULE: ./src/outcome.ts
// Whether a sweep's step (or command) failed, and the one line that says why.


const NAMED = 10;
/** The failure message for a finished sweep, or null when it succeeded. */
function failureMessage(doc, problems) {
    const parts = [];
    if (doc.cancelled) {
        const cancelled = doc.jobs.filter((j) => j.status === 'cancelled').length;
        const skipped = doc.jobs.filter((j) => j.status === 'skipped').length;
        parts.push(`Cancelled: ${cancelled} running job(s) cancelled, ${skipped} not started.`);
    }
    const bad = doc.jobs.filter((j) => j.status === 'failure' || j.status === 'timeout');
    if (bad.length) {
        const named = bad.slice(0, NAMED).map((j) => `${oneLine(j.name, 80)} ${endReason(j)}`);
        const more = bad.length > NAMED ? `; and ${bad.length - NAMED} more` : '';
        parts.push(`${bad.length} of ${doc.jobs.length} jobs did not succeed: ${named.join('; ')}${more}.`);
    }
    if (!doc.cancelled && !doc.dryRun) {
        const unrun = doc.jobs.filter((j) => j.status === 'skipped' || j.status === 'cancelled').length;
        if (unrun && !bad.length)
            parts.push(`${unrun} job(s) did not run.`);
    }
    if (problems.length)
        parts.push(`Merge incomplete: ${problems.map((p) => oneLine(p, 200)).join('; ')}.`);
    return parts.length ? parts.join(' ') : null;
}

;// CONCATENATED MODULE: ./src/progress.ts
// What the gpu-sweep command shows on a terminal, as pure functions of plain
// data: the live view of a running sweep, the final table, the plan table. The
// edge (cli.ts) owns the terminal: it feeds events in, passes the clock and the
// width, and writes the lines these functions return.
//
// Every line returned fits the width it was given, colour codes not counted:
// a line that wrapped would throw off the cursor-up count that redraws the view.


const SGR = {
    green: '32',
    red: '31',
    yellow: '33',
    cyan: '36',
    dim: '2',
    bold: '1',
};
/** Columns a code point takes: 0 for combining marks, 2 for wide (CJK, emoji). */
function charWidth(cp) {
    if ((cp >= 0x300 && cp <= 0x36f) ||
        (cp >= 0x200b && cp <= 0x200f) ||
        (cp >= 0xfe00 && cp <= 0xfe0f))
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        (cp >= 0x1f300 && cp <= 0x1faff) ||
        (cp >= 0x20000 && cp <= 0x3fffd))
        return 2;
    return 1;
}
/** Columns a string takes on a terminal (it must hold no control characters). */
function displayWidth(text) {
    let width = 0;
    for (const ch of text)
        width += charWidth(ch.codePointAt(0) ?? 0);
    return width;
}
/** Job-provided text as one printable line: no escape codes, no tabs, no newlines. */
function printable(text) {
    return oneLine(text, 10_000);
}
function padEnd(text, width) {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
/** The first columns of `text` that fit `width`, with `…` when cut. */
function cut(text, width) {
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return '';
    let out = '';
    let used = 0;
    for (const ch of text) {
        const w = charWidth(ch.codePointAt(0) ?? 0);
        if (used + w > width - 1)
            break;
        out += ch;
        used += w;
    }
    return `${out}…`;
}
function paint(text, style, color) {
    return color && style && text ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
}
/** Without trailing blanks: a padded last column must not leave spaces behind. */
function trimEnd(segments) {
    const out = [...segments];
    while (out.length > 0) {
        const last = out[out.length - 1];
        const text = last.text.replace(/\s+$/, '');
        if (text) {
            out[out.length - 1] = { ...last, text };
            break;
        }
        out.pop();
    }
    return out;
}
/**
 * Segments cut to the width, then coloured. The last column is left empty: some
 * terminals wrap as soon as it is written.
 */
function fitLine(segments, opts) {
    let room = Math.max(1, opts.width - 1);
    let out = '';
    for (const seg of trimEnd(segments)) {
        if (room <= 0)
            break;
        const w = displayWidth(seg.text);
        const text = w <= room ? seg.text : cut(seg.text, room);
        room -= w <= room ? w : displayWidth(text);
        out += paint(text, seg.style, opts.color);
        if (w > displayWidth(text))
            break;
    }
    return out;
}
/** A table: columns padded to their widest cell, each row cut to the width. */
function table(header, rows, opts) {
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]?.text ?? ''))));
    const line = (cells) => fitLine(cells.flatMap((c, i) => {
        const last = i === cells.length - 1;
        const text = last ? c.text : padEnd(c.text, widths[i]);
        return [{ text, style: c.style }, ...(last ? [] : [{ text: '  ' }])];
    }), opts);
    return [
        line(header.map((h) => ({ text: h, style: 'bold' }))),
        ...rows.map((r) => line(r)),
    ];
}
function createProgressState(opts) {
    return {
        startedAt: opts.now,
        total: 0,
        reused: 0,
        slots: 1,
        devicesPerJob: opts.devicesPerJob,
        maxParallel: opts.maxParallel,
        running: [],
        succeeded: 0,
        failed: 0,
        cancelled: 0,
        durations: [],
        waiting: null,
        cancelling: false,
    };
}
/** Fold one engine event into the state (in place); `now` is epoch milliseconds. */
function applyEvent(state, e, now) {
    switch (e.type) {
        case 'devices': {
            const fit = Math.floor(e.resolved.devices.length / state.devicesPerJob);
            state.slots = Math.max(1, Math.min(fit, state.maxParallel || Infinity));
            break;
        }
        case 'plan':
            state.total = e.jobs.length;
            state.reused = e.reused;
            break;
        case 'start':
            state.waiting = null;
            state.running.push({
                index: e.job.index,
                name: e.job.name,
                devices: e.devices,
                attempt: e.attempt,
                startedAt: now,
                lastLine: '',
            });
            break;
        case 'line': {
            const job = state.running.find((r) => r.index === e.job.index);
            if (job && e.line.trim())
                job.lastLine = e.line;
            break;
        }
        case 'end': {
            state.running = state.running.filter((r) => r.index !== e.job.index);
            if (e.record.status !== 'cancelled')
                state.durations.push(e.record.durationSeconds);
            if (!e.final)
                break;
            if (e.record.status === 'success')
                state.succeeded += 1;
            else if (e.record.status === 'cancelled')
                state.cancelled += 1;
            else
                state.failed += 1;
            break;
        }
        case 'waiting':
            state.waiting = eventLine(e);
            break;
        case 'cancelling':
            state.cancelling = true;
            break;
        default:
            break;
    }
}
/**
 * Seconds until the sweep is done, or null before any attempt has finished:
 * the average attempt's duration for each queued job, plus what a running job
 * has left of the average, spread over the slots.
 */
function estimateSeconds(state, now) {
    if (state.durations.length === 0)
        return null;
    const average = state.durations.reduce((a, b) => a + b, 0) / state.durations.length;
    const done = state.succeeded + state.failed + state.cancelled;
    const queued = Math.max(0, state.total - done - state.running.length);
    let work = queued * average;
    for (const job of state.running)
        work += Math.max(0, average - (now - job.startedAt) / 1000);
    return work / Math.max(1, state.slots);
}
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const MAX_NAME_COLUMNS = 32;
/**
 * The live view: a line per running job (spinner, devices, name, elapsed, its
 * latest output line), an optional waiting line, and a footer with the counts,
 * elapsed time and an ETA.
 */
function renderProgress(state, opts) {
    const lines = [];
    const frame = SPINNER[Math.floor(opts.now / 100) % SPINNER.length];
    const deviceText = (r) => printable(r.devices.join(','));
    const nameText = (r) => cut(printable(r.name), MAX_NAME_COLUMNS) + (r.attempt > 1 ? ` (attempt ${r.attempt})` : '');
    const deviceWidth = Math.max(0, ...state.running.map((r) => displayWidth(deviceText(r))));
    const nameWidth = Math.max(0, ...state.running.map((r) => displayWidth(nameText(r))));
    for (const r of state.running) {
        const elapsed = formatDuration(Math.max(0, (opts.now - r.startedAt) / 1000));
        lines.push(fitLine([
            { text: `${frame} `, style: 'cyan' },
            { text: `${padEnd(deviceText(r), deviceWidth)}  `, style: 'dim' },
            { text: `${padEnd(nameText(r), nameWidth)}  ` },
            { text: `${elapsed.padStart(7)}  `, style: 'dim' },
            { text: printable(r.lastLine) },
        ], opts));
    }
    if (state.waiting)
        lines.push(fitLine([{ text: state.waiting, style: 'yellow' }], opts));
    const done = state.succeeded + state.failed + state.cancelled;
    const queued = Math.max(0, state.total - done - state.running.length);
    const footer = [
        { text: `${done}/${state.total} done`, style: 'bold' },
        { text: ` · ${state.running.length} running · ${queued} queued` },
    ];
    if (state.failed > 0)
        footer.push({ text: ' · ' }, { text: `${state.failed} failed`, style: 'red' });
    if (state.cancelled > 0)
        footer.push({ text: ' · ' }, { text: `${state.cancelled} cancelled`, style: 'yellow' });
    if (state.reused > 0)
        footer.push({ text: ` · ${state.reused} reused` });
    footer.push({
        text: ` · ${formatDuration(Math.max(0, (opts.now - state.startedAt) / 1000))}`,
        style: 'dim',
    });
    if (state.cancelling) {
        footer.push({ text: ' · ' }, { text: 'cancelling (Ctrl-C again to kill now)', style: 'yellow' });
    }
    else {
        const eta = estimateSeconds(state, opts.now);
        footer.push({ text: ` · ETA ${eta === null ? '—' : formatDuration(eta)}`, style: 'dim' });
    }
    lines.push(fitLine(footer, opts));
    return lines;
}
/** A plain event line with its leading mark coloured by how the job ended. */
function styleEventLine(line, e, color) {
    if (!color || e.type !== 'end')
        return line;
    const style = e.record.status === 'success' ? 'green' : e.record.status === 'cancelled' ? 'yellow' : 'red';
    const mark = [...line][0] ?? '';
    return paint(mark, style, true) + line.slice(mark.length);
}
// ── After the sweep ─────────────────────────────────────────────────────────
const STATUS_MARK = {
    success: { mark: '✓', style: 'green' },
    failure: { mark: '✗', style: 'red' },
    timeout: { mark: '✗', style: 'red' },
    cancelled: { mark: '⊘', style: 'yellow' },
    skipped: { mark: '-', style: 'dim' },
    reused: { mark: '↺', style: 'green' },
};
/** The table printed when a sweep ends: one row per job, in matrix order, the best marked ★. */
function renderFinalTable(doc, opts) {
    const best = bestJobOf(doc);
    const rows = [...doc.jobs]
        .sort((a, b) => a.index - b.index)
        .map((job) => {
        const { mark, style } = STATUS_MARK[job.status];
        const isBest = job === best;
        const outputs = Object.entries(job.outputs)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ');
        return [
            { text: isBest ? '★' : ' ', style: 'yellow' },
            { text: String(job.index) },
            { text: cut(printable(job.name), MAX_NAME_COLUMNS), style: isBest ? 'bold' : undefined },
            { text: `${mark} ${statusText(job)}`, style },
            { text: job.durationSeconds === null ? '—' : formatDuration(job.durationSeconds) },
            { text: printable(outputs) },
        ];
    });
    return table(['', '#', 'name', 'status', 'duration', 'outputs'], rows, opts);
}
/** `Best: #3 lr=0.003 — accuracy = 0.93 (highest)`, or null without a best job. */
function bestLine(doc) {
    const best = bestJobOf(doc);
    if (!best || !doc.objective)
        return null;
    const { key, direction } = doc.objective;
    const value = Object.hasOwn(best.outputs, key) ? best.outputs[key].trim() : '';
    return printable(`Best: #${best.index} ${best.name} — ${key} = ${value} (${direction === 'max' ? 'highest' : 'lowest'})`);
}
/**
 * The jobs a run would run, in matrix order; `start` is each job's place in the
 * dispatch order when that is not matrix order (longest-first).
 */
function renderPlanTable(jobs, dispatch, opts) {
    const position = new Map(dispatch.map((job, i) => [job.index, i + 1]));
    const reordered = dispatch.some((job, i) => i > 0 && job.index < dispatch[i - 1].index);
    const header = ['#', 'id', 'name', ...(reordered ? ['start'] : [])];
    const rows = [...jobs]
        .sort((a, b) => a.index - b.index)
        .map((job) => [
        { text: String(job.index) },
        { text: job.id, style: 'dim' },
        { text: printable(job.name) },
        ...(reordered ? [{ text: String(position.get(job.index) ?? '') }] : []),
    ]);
    return table(header, rows, opts);
}

;// CONCATENATED MODULE: ./src/cli.ts
// Edge: the gpu-sweep command. Argv and a config file become the same raw
// inputs the action reads, parseSettings turns them into Settings, and the one
// engine (runSweep) runs them; this file only decides where things are shown:
// a live view on a terminal, plain event lines elsewhere, the results file on
// disk. The one try/catch that turns an error into an exit status is in main().












const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C. */
const EXIT_INTERRUPTED = 130;
/** Where runs put their logs and results unless told otherwise (relative to cwd). */
const OUT_DIR = 'gpu-sweep-out';
/**
 * The default output folder in the current directory. Built as a string, not
 * with path.resolve: ncc rewrites `resolve(cwd, 'literal')` into a path inside
 * dist/ at bundle time.
 */
function outDir(cwd) {
    return `${cwd.replace(/\/+$/, '')}/${OUT_DIR}`;
}
const MERGED_RESULTS = `${OUT_DIR}/merged.json`;
/** Redraws of the live view: at most this often, and at least once a second for the clocks. */
const REDRAW_MS = 100;
const CLOCK_MS = 1000;
const ESC = '\u001b[';
/**
 * Job output lines (live log mode) are batched into one write per turn of the
 * event loop, or per 64 KiB: a write per line would cap a chatty job at a few
 * MB/s. Anything else written flushes them first, so the order holds.
 */
let lineBatch = '';
let batchScheduled = false;
function flushLines() {
    if (lineBatch)
        process.stdout.write(lineBatch);
    lineBatch = '';
}
function writeLine(text) {
    lineBatch += `${text}\n`;
    if (lineBatch.length >= 64 * 1024)
        flushLines();
    else if (!batchScheduled) {
        batchScheduled = true;
        setImmediate(() => {
            batchScheduled = false;
            flushLines();
        });
    }
}
function write(text) {
    flushLines();
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
function writeErr(text) {
    flushLines();
    process.stderr.write(`gpu-sweep: ${oneLine(text, 4000)}\n`);
}
/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
function colorAllowed() {
    return !process.env.NO_COLOR;
}
/**
 * The live view is drawn on stdout, and only when stdout is a terminal: piped
 * or redirected output gets plain lines, so `gpu-sweep run | tee log` and CI
 * logs hold no escape codes.
 */
function isTerminal() {
    return process.stdout.isTTY === true && process.env.TERM !== 'dumb';
}
// ── Settings from argv ──────────────────────────────────────────────────────
function readConfig(file) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(process.cwd(), file), 'utf8');
    }
    catch (e) {
        throw new UsageError(`Invalid config '${file}': the file could not be read (${e.code ?? e}).`);
    }
    return parseConfig(text, file);
}
function sweepSettings(args) {
    const config = args.config === null ? {} : readConfig(args.config);
    const raw = overlay(config, args.raw, args.argv.length > 0);
    const cwd = process.cwd();
    return parseSettings(raw, {
        env: process.env,
        cwd,
        outDir: outDir(cwd),
        command: args.argv.length > 0 ? args.argv : undefined,
    });
}
// ── The live view ───────────────────────────────────────────────────────────
/**
 * Draws renderProgress's lines at the bottom of the terminal and redraws them in
 * place: cursor up over the old view, clear each line as it is rewritten, clear
 * what is left below. Lines that should stay (a job finished) are written above
 * the view as part of the same redraw, so they scroll up with the terminal.
 */
class LiveView {
    state;
    color;
    height = 0;
    lastDraw = 0;
    dirty = false;
    timer = null;
    constructor(state, color) {
        this.state = state;
        this.color = color;
    }
    start() {
        process.stdout.write(`${ESC}?25l`);
        // Unref'ed: the clock must never keep a finished CLI alive.
        this.timer = setInterval(() => this.tick(), REDRAW_MS);
        this.timer.unref();
        this.draw([]);
    }
    onEvent(e) {
        const now = Date.now();
        applyEvent(this.state, e, now);
        if (e.type === 'line') {
            this.dirty = true;
            return;
        }
        const line = e.type === 'start' || e.type === 'waiting' ? null : eventLine(e);
        this.draw(line === null ? [] : [styleEventLine(line, e, this.color)]);
    }
    /** Write around the view (to stderr, say) without tearing it. */
    interrupt(fn) {
        this.erase();
        fn();
        this.draw([]);
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = null;
        this.erase();
        process.stdout.write(`${ESC}?25h`);
    }
    tick() {
        if (this.dirty || Date.now() - this.lastDraw >= CLOCK_MS)
            this.draw([]);
    }
    erase() {
        if (this.height > 0)
            process.stdout.write(`\r${ESC}${this.height}A${ESC}J`);
        this.height = 0;
    }
    draw(above) {
        if (this.timer === null)
            return;
        const now = Date.now();
        const block = renderProgress(this.state, {
            width: process.stdout.columns || 80,
            color: this.color,
            now,
        });
        let text = this.height > 0 ? `\r${ESC}${this.height}A` : '';
        for (const line of [...above, ...block])
            text += `${ESC}2K${line}\n`;
        text += `${ESC}J`;
        // One write per frame: the terminal never shows half a redraw.
        process.stdout.write(text);
        this.height = block.length;
        this.lastDraw = now;
        this.dirty = false;
    }
}
// ── Commands ────────────────────────────────────────────────────────────────
async function runCommand(args) {
    const settings = sweepSettings(args);
    const live = args.progress && isTerminal();
    const color = live && colorAllowed();
    const view = live
        ? new LiveView(createProgressState({
            now: Date.now(),
            devicesPerJob: settings.devicesPerJob,
            maxParallel: settings.maxParallel,
        }), color)
        : null;
    // Ctrl-C (or SIGTERM) once: cancel like the action does (SIGTERM to the jobs,
    // SIGKILL after the capped grace), then write the results. Twice: the user is
    // done waiting, so SIGKILL every live job group and leave at once.
    const controller = new AbortController();
    let groups = [];
    let signals = 0;
    const onSignal = () => {
        signals += 1;
        if (signals === 1) {
            controller.abort();
            if (!view)
                write('Press Ctrl-C again to kill the running jobs at once.');
            return;
        }
        for (const pgid of groups)
            killProcessGroup(pgid, 'SIGKILL');
        view?.stop();
        writeErr(`killed ${groups.length} running job(s); no results file written.`);
        process.exit(EXIT_INTERRUPTED);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const onEvent = (e) => {
        if (e.type === 'warning') {
            const warn = () => writeErr(`warning: ${e.message}`);
            if (view)
                view.interrupt(warn);
            else
                warn();
            return;
        }
        if (view)
            return view.onEvent(e);
        if (e.type === 'line')
            return writeLine(`[${e.job.index + 1}] ${e.line}`);
        const line = eventLine(e);
        if (line !== null)
            write(line);
    };
    let doc;
    try {
        view?.start();
        try {
            doc = await runSweep(settings, {
                env: process.env,
                signal: controller.signal,
                onEvent,
                wantLines: view !== null || settings.logMode === 'live',
                onProcessGroups: (pgids) => {
                    groups = pgids;
                },
            });
        }
        finally {
            view?.stop();
        }
        writeResultsFile(settings.resultsFile, doc);
        if (view)
            for (const line of renderFinalTable(doc, { width: width(), color }))
                write(line);
        write(`Results: ${settings.resultsFile}`);
        if (!doc.dryRun)
            write(`Logs: ${settings.logDir}`);
        const best = bestLine(doc);
        if (best)
            write(best);
        const failure = failureMessage(doc, []);
        if (failure)
            writeErr(failure);
        if (signals > 0)
            return EXIT_INTERRUPTED;
        return failure ? EXIT_FAILED : EXIT_OK;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
function width() {
    return (process.stdout.isTTY && process.stdout.columns) || 100;
}
/**
 * What `run` would run, without running it: the engine's own dry run, so the
 * plan can never disagree with a run (or with the action's dry run).
 */
async function planCommand(args) {
    const settings = { ...sweepSettings(args), dryRun: true };
    const seen = {};
    const header = [];
    let deviceCount = 0;
    await runSweep(settings, {
        env: process.env,
        onEvent: (e) => {
            if (e.type === 'plan')
                seen.plan = e;
            else if (e.type === 'devices') {
                header.push(eventLine(e) ?? '');
                deviceCount = e.resolved.devices.length;
            }
            else if (e.type === 'warning')
                writeErr(`warning: ${e.message}`);
        },
    });
    if (!seen.plan)
        throw new Error('the engine made no plan');
    const { jobs: dispatch, total, order, reused } = seen.plan;
    const jobs = [...dispatch].sort((a, b) => a.index - b.index);
    if (args.json) {
        const list = jobs.map(({ index, id, name, matrix }) => ({ index, id, name, matrix }));
        write(JSON.stringify(list, null, 2));
        return EXIT_OK;
    }
    const facts = [
        `${jobs.length} of ${total} jobs`,
        ...(settings.shard ? [`shard ${settings.shard.index}/${settings.shard.count}`] : []),
        `${settings.devicesPerJob} device(s) per job`,
        `${Math.min(Math.floor(deviceCount / settings.devicesPerJob), settings.maxParallel || Infinity)} at a time`,
        `order ${order}`,
        ...(reused ? [`${reused} reused from previous results`] : []),
    ];
    write(header.join('\n'));
    write(`Plan: ${facts.join(', ')}`);
    const color = isTerminal() && colorAllowed();
    if (jobs.length)
        for (const line of renderPlanTable(jobs, dispatch, { width: width(), color }))
            write(line);
    return EXIT_OK;
}
function summaryCommand(file) {
    const doc = readResultsFile((0,external_node_path_namespaceObject.resolve)(process.cwd(), file), 'results file');
    process.stdout.write(renderSummary(doc));
    return EXIT_OK;
}
async function mergeCommand(files, flags) {
    const cwd = process.cwd();
    const raw = {
        [Inputs.resultsFile]: MERGED_RESULTS,
        ...flags,
        [Inputs.merge]: files.join('\n'),
    };
    const settings = parseSettings(raw, { env: process.env, cwd, outDir: outDir(cwd) });
    const { doc, problems, files: read } = mergeFiles(files, cwd, settings.objective);
    for (const p of problems)
        writeErr(`warning: ${p}`);
    writeResultsFile(settings.resultsFile, doc);
    const color = isTerminal() && colorAllowed();
    write(`Merged ${read.length} results file(s).`);
    for (const line of renderFinalTable(doc, { width: width(), color }))
        write(line);
    write(`Results: ${settings.resultsFile}`);
    const best = bestLine(doc);
    if (best)
        write(best);
    const failure = failureMessage(doc, problems);
    if (failure)
        writeErr(failure);
    return failure ? EXIT_FAILED : EXIT_OK;
}
async function main(argv) {
    // A closed pipe (`gpu-sweep plan | head`) is the reader's choice, not an error.
    process.stdout.on('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
    });
    try {
        const args = parseArgs(argv);
        switch (args.command) {
            case 'help':
                process.stdout.write(helpText(args.topic));
                return EXIT_OK;
            case 'version':
                write(`gpu-sweep ${VERSION}`);
                return EXIT_OK;
            case 'run':
                return await runCommand(args);
            case 'plan':
                return await planCommand(args);
            case 'summary':
                return summaryCommand(args.file);
            case 'merge':
                return await mergeCommand(args.files, args.raw);
        }
    }
    catch (error) {
        // Usage and configuration errors are one line naming the option; nothing ran.
        if (error instanceof UsageError || error instanceof ConfigError) {
            writeErr(error.message);
            return EXIT_USAGE;
        }
        writeErr(`failed: ${error?.message ?? error}`);
        return EXIT_FAILED;
    }
}
void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});


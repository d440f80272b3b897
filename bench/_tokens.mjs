var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done(null, value);
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point2) {
  return index(point2 && point2.line) + ":" + index(point2 && point2.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path) {
    if (isUrl(path)) {
      path = fileURLToPath(path);
    }
    assertNonEmpty(path, "path");
    if (this.path !== path) {
      this.history.push(path);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path, name) {
  if (!path) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value = proto[property];
    const apply = function() {
      return value.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value;
        return this;
      }
      return own.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree2, file2) {
        if (error || !tree2 || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree2
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve) {
          resolve(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree2, file, done) {
    assertNode(tree2);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree2, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree2
        );
        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree2, file) {
    let complete = false;
    let result;
    this.run(tree2, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree3) {
      bail(error);
      result = tree3;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree2, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler);
    assertNode(tree2);
    return compiler(tree2, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value === null || value === void 0) {
    } else if (typeof value === "function") {
      addPlugin(value, parameters);
    } else if (typeof value === "object") {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value + "`");
    }
    return this;
    function add(value2) {
      if (typeof value2 === "function") {
        addPlugin(value2, []);
      } else if (typeof value2 === "object") {
        if (Array.isArray(value2)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value2
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value2);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value2 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node) {
  if (!isPlainObject(node) || typeof node.type !== "string") {
    throw new TypeError("Expected node, got `" + node + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value);
}
function looksLikeAVFile(value) {
  return Boolean(
    value && typeof value === "object" && "message" in value && "messages" in value
  );
}
function looksLikeAValue(value) {
  return typeof value === "string" || isUint8Array2(value);
}
function isUint8Array2(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/nlcst-to-string/lib/index.js
var emptyNodes = [];
function toString(value) {
  let index2 = -1;
  if (!value || !Array.isArray(value) && !value.type) {
    throw new Error("Expected node, not `" + value + "`");
  }
  if ("value" in value) return value.value;
  const children = (Array.isArray(value) ? value : value.children) || emptyNodes;
  const values = [];
  while (++index2 < children.length) {
    values[index2] = toString(children[index2]);
  }
  return values.join("");
}

// node_modules/array-iterate/lib/index.js
var own2 = {}.hasOwnProperty;
function arrayIterate(values, callbackFn, thisArg) {
  let index2 = -1;
  if (!values) {
    throw new Error("Iterate requires that |this| not be " + values);
  }
  if (!own2.call(values, "length")) {
    throw new Error("Iterate requires that |this| has a `length`");
  }
  if (typeof callbackFn !== "function") {
    throw new TypeError("`callback` must be a function");
  }
  while (++index2 < values.length) {
    if (!(index2 in values)) {
      continue;
    }
    const result = callbackFn.call(thisArg, values[index2], index2, values);
    if (typeof result === "number") {
      if (result < 0) {
        index2 = 0;
      }
      index2 = result - 1;
    }
  }
}

// node_modules/unist-util-modify-children/lib/index.js
function modifyChildren(modifier) {
  return modify;
  function modify(parent) {
    if (!parent || !parent.children) {
      throw new Error("Missing children in `parent` for `modifier`");
    }
    arrayIterate(parent.children, iteratee, parent);
  }
  function iteratee(node, index2) {
    return modifier(node, index2, this);
  }
}

// node_modules/parse-latin/lib/plugin/merge-affix-exceptions.js
var mergeAffixExceptions = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    const previous = parent.children[index2 - 1];
    if (previous && "children" in previous && "children" in child && child.children.length > 0) {
      let position2 = -1;
      while (child.children[++position2]) {
        const node = child.children[position2];
        if (node.type === "WordNode") {
          return;
        }
        if (node.type === "SymbolNode" || node.type === "PunctuationNode") {
          const value = toString(node);
          if (value !== "," && value !== ";") {
            return;
          }
          previous.children.push(...child.children);
          if (previous.position && child.position) {
            previous.position.end = child.position.end;
          }
          parent.children.splice(index2, 1);
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/expressions.js
var affixSymbol = /^([!"').?\u0F3B\u0F3D\u169C\u2019\u201D\u2026\u203A\u203D\u2046\u207E\u208E\u2309\u230B\u232A\u2769\u276B\u276D\u276F\u2771\u2773\u2775\u27C6\u27E7\u27E9\u27EB\u27ED\u27EF\u2984\u2986\u2988\u298A\u298C\u298E\u2990\u2992\u2994\u2996\u2998\u29D9\u29DB\u29FD\u2E03\u2E05\u2E0A\u2E0D\u2E1D\u2E21\u2E23\u2E25\u2E27\u2E29\u2E56\u2E58\u2E5A\u2E5C\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301E\u301F\uFD3E\uFE18\uFE36\uFE38\uFE3A\uFE3C\uFE3E\uFE40\uFE42\uFE44\uFE48\uFE5A\uFE5C\uFE5E\uFF09\uFF3D\uFF5D\uFF60\uFF63\u00BB\]}])\1*$/;
var newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
var terminalMarker = /^([!.?\u2026\u203D]+)$/;
var wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
var numerical = /^(?:[\d\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u09F4-\u09F9\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0B72-\u0B77\u0BE6-\u0BF2\u0C66-\u0C6F\u0C78-\u0C7E\u0CE6-\u0CEF\u0D58-\u0D5E\u0D66-\u0D78\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F33\u1040-\u1049\u1090-\u1099\u1369-\u137C\u16EE-\u16F0\u17E0-\u17E9\u17F0-\u17F9\u1810-\u1819\u1946-\u194F\u19D0-\u19DA\u1A80-\u1A89\u1A90-\u1A99\u1B50-\u1B59\u1BB0-\u1BB9\u1C40-\u1C49\u1C50-\u1C59\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2CFD\u3007\u3021-\u3029\u3038-\u303A\u3192-\u3195\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\uA620-\uA629\uA6E6-\uA6EF\uA830-\uA835\uA8D0-\uA8D9\uA900-\uA909\uA9D0-\uA9D9\uA9F0-\uA9F9\uAA50-\uAA59\uABF0-\uABF9\uFF10-\uFF19]|\uD800[\uDD07-\uDD33\uDD40-\uDD78\uDD8A\uDD8B\uDEE1-\uDEFB\uDF20-\uDF23\uDF41\uDF4A\uDFD1-\uDFD5]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDC58-\uDC5F\uDC79-\uDC7F\uDCA7-\uDCAF\uDCFB-\uDCFF\uDD16-\uDD1B\uDDBC\uDDBD\uDDC0-\uDDCF\uDDD2-\uDDFF\uDE40-\uDE48\uDE7D\uDE7E\uDE9D-\uDE9F\uDEEB-\uDEEF\uDF58-\uDF5F\uDF78-\uDF7F\uDFA9-\uDFAF]|\uD803[\uDCFA-\uDCFF\uDD30-\uDD39\uDE60-\uDE7E\uDF1D-\uDF26\uDF51-\uDF54\uDFC5-\uDFCB]|\uD804[\uDC52-\uDC6F\uDCF0-\uDCF9\uDD36-\uDD3F\uDDD0-\uDDD9\uDDE1-\uDDF4\uDEF0-\uDEF9]|\uD805[\uDC50-\uDC59\uDCD0-\uDCD9\uDE50-\uDE59\uDEC0-\uDEC9\uDF30-\uDF3B]|\uD806[\uDCE0-\uDCF2\uDD50-\uDD59]|\uD807[\uDC50-\uDC6C\uDD50-\uDD59\uDDA0-\uDDA9\uDF50-\uDF59\uDFC0-\uDFD4]|\uD809[\uDC00-\uDC6E]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDF50-\uDF59\uDF5B-\uDF61]|\uD81B[\uDE80-\uDE96]|\uD834[\uDEC0-\uDED3\uDEE0-\uDEF3\uDF60-\uDF78]|\uD835[\uDFCE-\uDFFF]|\uD838[\uDD40-\uDD49\uDEF0-\uDEF9]|\uD839[\uDCF0-\uDCF9]|\uD83A[\uDCC7-\uDCCF\uDD50-\uDD59]|\uD83B[\uDC71-\uDCAB\uDCAD-\uDCAF\uDCB1-\uDCB4\uDD01-\uDD2D\uDD2F-\uDD3D]|\uD83C[\uDD00-\uDD0C]|\uD83E[\uDFF0-\uDFF9])+$/;
var digitStart = /^\d/;
var lowerInitial = /^(?:[a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F-\u0293\u0295-\u02AF\u0371\u0373\u0377\u037B-\u037D\u0390\u03AC-\u03CE\u03D0\u03D1\u03D5-\u03D7\u03D9\u03DB\u03DD\u03DF\u03E1\u03E3\u03E5\u03E7\u03E9\u03EB\u03ED\u03EF-\u03F3\u03F5\u03F8\u03FB\u03FC\u0430-\u045F\u0461\u0463\u0465\u0467\u0469\u046B\u046D\u046F\u0471\u0473\u0475\u0477\u0479\u047B\u047D\u047F\u0481\u048B\u048D\u048F\u0491\u0493\u0495\u0497\u0499\u049B\u049D\u049F\u04A1\u04A3\u04A5\u04A7\u04A9\u04AB\u04AD\u04AF\u04B1\u04B3\u04B5\u04B7\u04B9\u04BB\u04BD\u04BF\u04C2\u04C4\u04C6\u04C8\u04CA\u04CC\u04CE\u04CF\u04D1\u04D3\u04D5\u04D7\u04D9\u04DB\u04DD\u04DF\u04E1\u04E3\u04E5\u04E7\u04E9\u04EB\u04ED\u04EF\u04F1\u04F3\u04F5\u04F7\u04F9\u04FB\u04FD\u04FF\u0501\u0503\u0505\u0507\u0509\u050B\u050D\u050F\u0511\u0513\u0515\u0517\u0519\u051B\u051D\u051F\u0521\u0523\u0525\u0527\u0529\u052B\u052D\u052F\u0560-\u0588\u10D0-\u10FA\u10FD-\u10FF\u13F8-\u13FD\u1C80-\u1C88\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF-\u1F07\u1F10-\u1F15\u1F20-\u1F27\u1F30-\u1F37\u1F40-\u1F45\u1F50-\u1F57\u1F60-\u1F67\u1F70-\u1F7D\u1F80-\u1F87\u1F90-\u1F97\u1FA0-\u1FA7\u1FB0-\u1FB4\u1FB6\u1FB7\u1FBE\u1FC2-\u1FC4\u1FC6\u1FC7\u1FD0-\u1FD3\u1FD6\u1FD7\u1FE0-\u1FE7\u1FF2-\u1FF4\u1FF6\u1FF7\u210A\u210E\u210F\u2113\u212F\u2134\u2139\u213C\u213D\u2146-\u2149\u214E\u2184\u2C30-\u2C5F\u2C61\u2C65\u2C66\u2C68\u2C6A\u2C6C\u2C71\u2C73\u2C74\u2C76-\u2C7B\u2C81\u2C83\u2C85\u2C87\u2C89\u2C8B\u2C8D\u2C8F\u2C91\u2C93\u2C95\u2C97\u2C99\u2C9B\u2C9D\u2C9F\u2CA1\u2CA3\u2CA5\u2CA7\u2CA9\u2CAB\u2CAD\u2CAF\u2CB1\u2CB3\u2CB5\u2CB7\u2CB9\u2CBB\u2CBD\u2CBF\u2CC1\u2CC3\u2CC5\u2CC7\u2CC9\u2CCB\u2CCD\u2CCF\u2CD1\u2CD3\u2CD5\u2CD7\u2CD9\u2CDB\u2CDD\u2CDF\u2CE1\u2CE3\u2CE4\u2CEC\u2CEE\u2CF3\u2D00-\u2D25\u2D27\u2D2D\uA641\uA643\uA645\uA647\uA649\uA64B\uA64D\uA64F\uA651\uA653\uA655\uA657\uA659\uA65B\uA65D\uA65F\uA661\uA663\uA665\uA667\uA669\uA66B\uA66D\uA681\uA683\uA685\uA687\uA689\uA68B\uA68D\uA68F\uA691\uA693\uA695\uA697\uA699\uA69B\uA723\uA725\uA727\uA729\uA72B\uA72D\uA72F-\uA731\uA733\uA735\uA737\uA739\uA73B\uA73D\uA73F\uA741\uA743\uA745\uA747\uA749\uA74B\uA74D\uA74F\uA751\uA753\uA755\uA757\uA759\uA75B\uA75D\uA75F\uA761\uA763\uA765\uA767\uA769\uA76B\uA76D\uA76F\uA771-\uA778\uA77A\uA77C\uA77F\uA781\uA783\uA785\uA787\uA78C\uA78E\uA791\uA793-\uA795\uA797\uA799\uA79B\uA79D\uA79F\uA7A1\uA7A3\uA7A5\uA7A7\uA7A9\uA7AF\uA7B5\uA7B7\uA7B9\uA7BB\uA7BD\uA7BF\uA7C1\uA7C3\uA7C8\uA7CA\uA7D1\uA7D3\uA7D5\uA7D7\uA7D9\uA7F6\uA7FA\uAB30-\uAB5A\uAB60-\uAB68\uAB70-\uABBF\uFB00-\uFB06\uFB13-\uFB17\uFF41-\uFF5A]|\uD801[\uDC28-\uDC4F\uDCD8-\uDCFB\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC]|\uD803[\uDCC0-\uDCF2]|\uD806[\uDCC0-\uDCDF]|\uD81B[\uDE60-\uDE7F]|\uD835[\uDC1A-\uDC33\uDC4E-\uDC54\uDC56-\uDC67\uDC82-\uDC9B\uDCB6-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDCCF\uDCEA-\uDD03\uDD1E-\uDD37\uDD52-\uDD6B\uDD86-\uDD9F\uDDBA-\uDDD3\uDDEE-\uDE07\uDE22-\uDE3B\uDE56-\uDE6F\uDE8A-\uDEA5\uDEC2-\uDEDA\uDEDC-\uDEE1\uDEFC-\uDF14\uDF16-\uDF1B\uDF36-\uDF4E\uDF50-\uDF55\uDF70-\uDF88\uDF8A-\uDF8F\uDFAA-\uDFC2\uDFC4-\uDFC9\uDFCB]|\uD837[\uDF00-\uDF09\uDF0B-\uDF1E\uDF25-\uDF2A]|\uD83A[\uDD22-\uDD43])/;
var surrogates = /[\uD800-\uDFFF]/;
var punctuation = /[!"'-),-/:;?[-\]_{}\u00A1\u00A7\u00AB\u00B6\u00B7\u00BB\u00BF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B5A-\u1B60\u1B7D\u1B7E\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u201F\u2022-\u2027\u2032-\u203A\u203C-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDEAD\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD83A[\uDD5E\uDD5F]/;
var word = /[\dA-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u052F\u0531-\u0556\u0559\u0560-\u0588\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05EF-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u07FD\u0800-\u082D\u0840-\u085B\u0860-\u086A\u0870-\u0887\u0889-\u088E\u0898-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09F4-\u09F9\u09FC\u09FE\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B55-\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71-\u0B77\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BF2\u0C00-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3C-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C5D\u0C60-\u0C63\u0C66-\u0C6F\u0C78-\u0C7E\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDD\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1-\u0CF3\u0D00-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D63\u0D66-\u0D78\u0D7A-\u0D7F\u0D81-\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECE\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F33\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1369-\u137C\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1715\u171F-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u17F0-\u17F9\u180B-\u180D\u180F-\u1819\u1820-\u1878\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19DA\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ACE\u1B00-\u1B4C\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1C90-\u1CBA\u1CBD-\u1CBF\u1CD0-\u1CD2\u1CD4-\u1CFA\u1D00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2070\u2071\u2074-\u2079\u207F-\u2089\u2090-\u209C\u20D0-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2150-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2C00-\u2CE4\u2CEB-\u2CF3\u2CFD\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u3192-\u3195\u31A0-\u31BF\u31F0-\u31FF\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA672\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7CA\uA7D0\uA7D1\uA7D3\uA7D5-\uA7D9\uA7F2-\uA827\uA82C\uA830-\uA835\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD07-\uDD33\uDD40-\uDD78\uDD8A\uDD8B\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0-\uDEFB\uDF00-\uDF23\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDD70-\uDD7A\uDD7C-\uDD8A\uDD8C-\uDD92\uDD94\uDD95\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67\uDF80-\uDF85\uDF87-\uDFB0\uDFB2-\uDFBA]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC58-\uDC76\uDC79-\uDC9E\uDCA7-\uDCAF\uDCE0-\uDCF2\uDCF4\uDCF5\uDCFB-\uDD1B\uDD20-\uDD39\uDD80-\uDDB7\uDDBC-\uDDCF\uDDD2-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE35\uDE38-\uDE3A\uDE3F-\uDE48\uDE60-\uDE7E\uDE80-\uDE9F\uDEC0-\uDEC7\uDEC9-\uDEE6\uDEEB-\uDEEF\uDF00-\uDF35\uDF40-\uDF55\uDF58-\uDF72\uDF78-\uDF91\uDFA9-\uDFAF]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2\uDCFA-\uDD27\uDD30-\uDD39\uDE60-\uDE7E\uDE80-\uDEA9\uDEAB\uDEAC\uDEB0\uDEB1\uDEFD-\uDF27\uDF30-\uDF54\uDF70-\uDF85\uDFB0-\uDFCB\uDFE0-\uDFF6]|\uD804[\uDC00-\uDC46\uDC52-\uDC75\uDC7F-\uDCBA\uDCC2\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD44-\uDD47\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDC9-\uDDCC\uDDCE-\uDDDA\uDDDC\uDDE1-\uDDF4\uDE00-\uDE11\uDE13-\uDE37\uDE3E-\uDE41\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3B-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC5E-\uDC61\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB8\uDEC0-\uDEC9\uDF00-\uDF1A\uDF1D-\uDF2B\uDF30-\uDF3B\uDF40-\uDF46]|\uD806[\uDC00-\uDC3A\uDCA0-\uDCF2\uDCFF-\uDD06\uDD09\uDD0C-\uDD13\uDD15\uDD16\uDD18-\uDD35\uDD37\uDD38\uDD3B-\uDD43\uDD50-\uDD59\uDDA0-\uDDA7\uDDAA-\uDDD7\uDDDA-\uDDE1\uDDE3\uDDE4\uDE00-\uDE3E\uDE47\uDE50-\uDE99\uDE9D\uDEB0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC6C\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59\uDD60-\uDD65\uDD67\uDD68\uDD6A-\uDD8E\uDD90\uDD91\uDD93-\uDD98\uDDA0-\uDDA9\uDEE0-\uDEF6\uDF00-\uDF10\uDF12-\uDF3A\uDF3E-\uDF42\uDF50-\uDF59\uDFB0\uDFC0-\uDFD4]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|\uD80B[\uDF90-\uDFF0]|[\uD80C\uD81C-\uD820\uD822\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879\uD880-\uD883\uD885-\uD887][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2F\uDC40-\uDC55]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDE70-\uDEBE\uDEC0-\uDEC9\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF5B-\uDF61\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDE40-\uDE96\uDF00-\uDF4A\uDF4F-\uDF87\uDF8F-\uDF9F\uDFE0\uDFE1\uDFE3\uDFE4\uDFF0\uDFF1]|\uD821[\uDC00-\uDFF7]|\uD823[\uDC00-\uDCD5\uDD00-\uDD08]|\uD82B[\uDFF0-\uDFF3\uDFF5-\uDFFB\uDFFD\uDFFE]|\uD82C[\uDC00-\uDD22\uDD32\uDD50-\uDD52\uDD55\uDD64-\uDD67\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD833[\uDF00-\uDF2D\uDF30-\uDF46]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44\uDEC0-\uDED3\uDEE0-\uDEF3\uDF60-\uDF78]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD837[\uDF00-\uDF1E\uDF25-\uDF2A]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A\uDC30-\uDC6D\uDC8F\uDD00-\uDD2C\uDD30-\uDD3D\uDD40-\uDD49\uDD4E\uDE90-\uDEAE\uDEC0-\uDEF9]|\uD839[\uDCD0-\uDCF9\uDFE0-\uDFE6\uDFE8-\uDFEB\uDFED\uDFEE\uDFF0-\uDFFE]|\uD83A[\uDC00-\uDCC4\uDCC7-\uDCD6\uDD00-\uDD4B\uDD50-\uDD59]|\uD83B[\uDC71-\uDCAB\uDCAD-\uDCAF\uDCB1-\uDCB4\uDD01-\uDD2D\uDD2F-\uDD3D\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD83C[\uDD00-\uDD0C]|\uD83E[\uDFF0-\uDFF9]|\uD869[\uDC00-\uDEDF\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF39\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uD884[\uDC00-\uDF4A\uDF50-\uDFFF]|\uD888[\uDC00-\uDFAF]|\uDB40[\uDD00-\uDDEF]/;
var whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/parse-latin/lib/plugin/merge-affix-symbol.js
var mergeAffixSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length > 0 && index2 > 0) {
      const previous = parent.children[index2 - 1];
      const first = child.children[0];
      const second = child.children[1];
      if (previous && previous.type === "SentenceNode" && (first.type === "SymbolNode" || first.type === "PunctuationNode") && affixSymbol.test(toString(first))) {
        child.children.shift();
        previous.children.push(first);
        if (first.position && previous.position) {
          previous.position.end = first.position.end;
        }
        if (second && second.position && child.position) {
          child.position.start = second.position.start;
        }
        return index2 - 1;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/break-implicit-sentences.js
var breakImplicitSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if (child.type !== "SentenceNode") {
      return;
    }
    const children = child.children;
    let position2 = 0;
    while (++position2 < children.length - 1) {
      const node = children[position2];
      if (node.type !== "WhiteSpaceNode" || toString(node).split(/\r\n|\r|\n/).length < 3) {
        continue;
      }
      child.children = children.slice(0, position2);
      const insertion = {
        type: "SentenceNode",
        children: children.slice(position2 + 1)
      };
      const tail = children[position2 - 1];
      const head = children[position2 + 1];
      parent.children.splice(index2 + 1, 0, node, insertion);
      if (child.position && tail.position && head.position) {
        const end = child.position.end;
        child.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      return index2 + 1;
    }
  }
);

// node_modules/parse-latin/lib/plugin/make-final-white-space-siblings.js
var makeFinalWhiteSpaceSiblings = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child) {
      const tail = child.children[child.children.length - 1];
      if (tail && tail.type === "WhiteSpaceNode") {
        child.children.pop();
        parent.children.splice(index2 + 1, 0, tail);
        const previous = child.children[child.children.length - 1];
        if (previous && previous.position && child.position) {
          child.position.end = previous.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/unist-util-visit-children/lib/index.js
function visitChildren(visitor) {
  return visit;
  function visit(parent) {
    const children = parent && parent.children;
    let index2 = -1;
    if (!children) {
      throw new Error("Missing children in `parent` for `visit`");
    }
    while (++index2 in children) {
      visitor(children[index2], index2, parent);
    }
  }
}

// node_modules/parse-latin/lib/plugin/make-initial-white-space-siblings.js
var makeInitialWhiteSpaceSiblings = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children) {
      const head = child.children[0];
      if (head && head.type === "WhiteSpaceNode") {
        child.children.shift();
        parent.children.splice(index2, 0, head);
        const next = child.children[0];
        if (next && next.position && child.position) {
          child.position.start = next.position.start;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-final-word-symbol.js
var mergeFinalWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString(child) === "-") {
      const children = parent.children;
      const previous = children[index2 - 1];
      const next = children[index2 + 1];
      if ((!next || next.type !== "WordNode") && previous && previous.type === "WordNode") {
        children.splice(index2, 1);
        previous.children.push(child);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-digit-sentences.js
var mergeInitialDigitSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    const previous = parent.children[index2 - 1];
    if (previous && previous.type === "SentenceNode" && child.type === "SentenceNode") {
      const head = child.children[0];
      if (head && head.type === "WordNode" && digitStart.test(toString(head))) {
        previous.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-lower-case-letter-sentences.js
var mergeInitialLowerCaseLetterSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if (child.type === "SentenceNode" && index2 > 0) {
      const previous = parent.children[index2 - 1];
      const children = child.children;
      if (children.length > 0 && previous.type === "SentenceNode") {
        let position2 = -1;
        while (children[++position2]) {
          const node = children[position2];
          if (node.type === "WordNode") {
            if (!lowerInitial.test(toString(node))) {
              return;
            }
            previous.children.push(...children);
            parent.children.splice(index2, 1);
            if (previous.position && child.position) {
              previous.position.end = child.position.end;
            }
            return index2;
          }
          if (node.type === "SymbolNode" || node.type === "PunctuationNode") {
            return;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-word-symbol.js
var mergeInitialWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (child.type !== "SymbolNode" && child.type !== "PunctuationNode" || toString(child) !== "&") {
      return;
    }
    const children = parent.children;
    const next = children[index2 + 1];
    if (index2 > 0 && children[index2 - 1].type === "WordNode" || !(next && next.type === "WordNode")) {
      return;
    }
    children.splice(index2, 1);
    next.children.unshift(child);
    if (next.position && child.position) {
      next.position.start = child.position.start;
    }
    return index2 - 1;
  }
);

// node_modules/parse-latin/lib/plugin/merge-initialisms.js
var mergeInitialisms = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && child.type === "PunctuationNode" && toString(child) === ".") {
      const previous = parent.children[index2 - 1];
      if (previous.type === "WordNode" && previous.children && previous.children.length !== 1 && previous.children.length % 2 !== 0) {
        let position2 = previous.children.length;
        let isAllDigits = true;
        while (previous.children[--position2]) {
          const otherChild = previous.children[position2];
          const value = toString(otherChild);
          if (position2 % 2 === 0) {
            if (value.length > 1) {
              return;
            }
            if (!numerical.test(value)) {
              isAllDigits = false;
            }
          } else if (value !== ".") {
            if (position2 < previous.children.length - 2) {
              break;
            } else {
              return;
            }
          }
        }
        if (!isAllDigits) {
          parent.children.splice(index2, 1);
          previous.children.push(child);
          if (previous.position && child.position) {
            previous.position.end = child.position.end;
          }
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-inner-word-symbol.js
var mergeInnerWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && (child.type === "SymbolNode" || child.type === "PunctuationNode")) {
      const siblings = parent.children;
      const previous = siblings[index2 - 1];
      if (previous && previous.type === "WordNode") {
        let position2 = index2 - 1;
        const tokens = [];
        let queue = [];
        while (siblings[++position2]) {
          const sibling = siblings[position2];
          if (sibling.type === "WordNode") {
            tokens.push(...queue, ...sibling.children);
            queue = [];
          } else if ((sibling.type === "SymbolNode" || sibling.type === "PunctuationNode") && wordSymbolInner.test(toString(sibling))) {
            queue.push(sibling);
          } else {
            break;
          }
        }
        if (tokens.length > 0) {
          if (queue.length > 0) {
            position2 -= queue.length;
          }
          siblings.splice(index2, position2 - index2);
          previous.children.push(...tokens);
          const last = tokens[tokens.length - 1];
          if (previous.position && last.position) {
            previous.position.end = last.position.end;
          }
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-inner-word-slash.js
var mergeInnerWordSlash = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    const siblings = parent.children;
    const previous = siblings[index2 - 1];
    if (previous && previous.type === "WordNode" && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString(child) === "/") {
      const previousValue = toString(previous);
      let tail = child;
      const queue = [child];
      let count = 1;
      let nextValue = "";
      const next = siblings[index2 + 1];
      if (next && next.type === "WordNode") {
        nextValue = toString(next);
        tail = next;
        queue.push(...next.children);
        count++;
      }
      if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
        previous.children.push(...queue);
        siblings.splice(index2, count);
        if (previous.position && tail.position) {
          previous.position.end = tail.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-non-word-sentences.js
var mergeNonWordSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child) {
      let position2 = -1;
      while (child.children[++position2]) {
        if (child.children[position2].type === "WordNode") {
          return;
        }
      }
      const previous = parent.children[index2 - 1];
      if (previous && "children" in previous) {
        previous.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
        }
        return index2;
      }
      const next = parent.children[index2 + 1];
      if (next && "children" in next) {
        next.children.unshift(...child.children);
        if (next.position && child.position) {
          next.position.start = child.position.start;
        }
        parent.children.splice(index2, 1);
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-prefix-exceptions.js
var abbreviationPrefix = new RegExp(
  "^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$"
);
var mergePrefixExceptions = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length > 1) {
      const period = child.children[child.children.length - 1];
      if (period && (period.type === "PunctuationNode" || period.type === "SymbolNode") && toString(period) === ".") {
        const node = child.children[child.children.length - 2];
        if (node && node.type === "WordNode" && abbreviationPrefix.test(toString(node).toLowerCase())) {
          node.children.push(period);
          child.children.pop();
          if (period.position && node.position) {
            node.position.end = period.position.end;
          }
          const next = parent.children[index2 + 1];
          if (next && next.type === "SentenceNode") {
            child.children.push(...next.children);
            parent.children.splice(index2 + 1, 1);
            if (next.position && child.position) {
              child.position.end = next.position.end;
            }
            return index2 - 1;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-remaining-full-stops.js
var mergeRemainingFullStops = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph>}
   */
  // eslint-disable-next-line complexity
  function(child, _, _parent) {
    if ("children" in child) {
      let position2 = child.children.length;
      let hasFoundDelimiter = false;
      while (child.children[--position2]) {
        const grandchild = child.children[position2];
        if (grandchild.type !== "SymbolNode" && grandchild.type !== "PunctuationNode") {
          if (grandchild.type === "WordNode") {
            hasFoundDelimiter = true;
          }
          continue;
        }
        if (!terminalMarker.test(toString(grandchild))) {
          continue;
        }
        if (!hasFoundDelimiter) {
          hasFoundDelimiter = true;
          continue;
        }
        if (toString(grandchild) !== ".") {
          continue;
        }
        const previous = child.children[position2 - 1];
        const next = child.children[position2 + 1];
        if (previous && previous.type === "WordNode") {
          const nextNext = child.children[position2 + 2];
          if (next && nextNext && next.type === "WhiteSpaceNode" && toString(nextNext) === ".") {
            continue;
          }
          child.children.splice(position2, 1);
          previous.children.push(grandchild);
          if (grandchild.position && previous.position) {
            previous.position.end = grandchild.position.end;
          }
          position2--;
        } else if (next && next.type === "WordNode") {
          child.children.splice(position2, 1);
          next.children.unshift(grandchild);
          if (grandchild.position && next.position) {
            next.position.start = grandchild.position.start;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/remove-empty-nodes.js
var removeEmptyNodes = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length === 0) {
      parent.children.splice(index2, 1);
      return index2;
    }
  }
);

// node_modules/parse-latin/lib/plugin/patch-position.js
var patchPosition = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph | Root | Sentence>}
   */
  function(child, index2, node) {
    const siblings = node.children;
    if (child.position && index2 < 1 && /* c8 ignore next */
    (!node.position || !node.position.start)) {
      patch(node);
      node.position.start = child.position.start;
    }
    if (child.position && index2 === siblings.length - 1 && (!node.position || !node.position.end)) {
      patch(node);
      node.position.end = child.position.end;
    }
  }
);
function patch(node) {
  if (!node.position) {
    node.position = {};
  }
}

// node_modules/parse-latin/lib/index.js
var ParseLatin = class {
  /**
   * Create a new parser.
   *
   * This additionally supports `retext`-like call: where an instance is
   * created for each file, and the file is given on construction.
   *
   * @param {string | null | undefined} [doc]
   *   Value to parse (optional).
   * @param {VFile | null | undefined} [file]
   *   Corresponding file (optional).
   */
  constructor(doc, file) {
    const value = file || doc;
    this.doc = value ? String(value) : void 0;
    this.tokenizeRootPlugins = [...this.tokenizeRootPlugins];
    this.tokenizeParagraphPlugins = [...this.tokenizeParagraphPlugins];
    this.tokenizeSentencePlugins = [...this.tokenizeSentencePlugins];
  }
  /**
   * Turn natural language into a syntax tree.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Root}
   *   Tree.
   */
  parse(value) {
    return this.tokenizeRoot(value || this.doc);
  }
  /**
   * Parse as a root.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Root}
   *   Built tree.
   */
  tokenizeRoot(value) {
    const paragraph2 = this.tokenizeParagraph(value);
    const result = {
      type: "RootNode",
      children: splitNode(paragraph2, "WhiteSpaceNode", newLine)
    };
    let index2 = -1;
    while (this.tokenizeRootPlugins[++index2]) {
      this.tokenizeRootPlugins[index2](result);
    }
    return result;
  }
  /**
   * Parse as a paragraph.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Paragraph}
   *   Built tree.
   */
  tokenizeParagraph(value) {
    const sentence2 = this.tokenizeSentence(value);
    const result = {
      type: "ParagraphNode",
      children: splitNode(sentence2, "PunctuationNode", terminalMarker)
    };
    let index2 = -1;
    while (this.tokenizeParagraphPlugins[++index2]) {
      this.tokenizeParagraphPlugins[index2](result);
    }
    return result;
  }
  /**
   * Parse as a sentence.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Sentence}
   *   Built tree.
   */
  tokenizeSentence(value) {
    const children = this.tokenize(value);
    const result = { type: "SentenceNode", children };
    let index2 = -1;
    while (this.tokenizeSentencePlugins[++index2]) {
      this.tokenizeSentencePlugins[index2](result);
    }
    return result;
  }
  /**
   *  Transform a `value` into a list of nlcsts.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Array<SentenceContent>}
   *   Built sentence content.
   */
  tokenize(value) {
    const children = [];
    if (!value) {
      return children;
    }
    const currentPoint = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let index2 = 0;
    let start = { ...currentPoint };
    let previousType;
    let previous;
    while (index2 < value.length) {
      const current = value.charAt(index2);
      const currentType = whiteSpace.test(current) ? "WhiteSpaceNode" : punctuation.test(current) ? "PunctuationNode" : word.test(current) ? "WordNode" : "SymbolNode";
      if (from < index2 && previousType && currentType && !(previousType === currentType && // Words or white space continue.
      (previousType === "WordNode" || previousType === "WhiteSpaceNode" || // Same character of punctuation or symbol also continues.
      current === previous || // Surrogates of  punctuation or symbol also continue.
      surrogates.test(current)))) {
        children.push(createNode(previousType, value.slice(from, index2)));
        from = index2;
        start = { ...currentPoint };
      }
      if (current === "\r" || current === "\n" && previous !== "\r") {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (current !== "\n") {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousType = currentType;
      previous = current;
      index2++;
    }
    if (previousType && from < index2) {
      children.push(createNode(previousType, value.slice(from, index2)));
    }
    return children;
    function createNode(type, value2) {
      return type === "WordNode" ? {
        type: "WordNode",
        children: [
          {
            type: "TextNode",
            value: value2,
            position: { start, end: { ...currentPoint } }
          }
        ],
        position: { start, end: { ...currentPoint } }
      } : { type, value: value2, position: { start, end: { ...currentPoint } } };
    }
  }
};
ParseLatin.prototype.tokenizeSentencePlugins = [
  mergeInitialWordSymbol,
  mergeFinalWordSymbol,
  mergeInnerWordSymbol,
  mergeInnerWordSlash,
  mergeInitialisms,
  patchPosition
];
ParseLatin.prototype.tokenizeParagraphPlugins = [
  mergeNonWordSentences,
  mergeAffixSymbol,
  mergeInitialLowerCaseLetterSentences,
  mergeInitialDigitSentences,
  mergePrefixExceptions,
  mergeAffixExceptions,
  mergeRemainingFullStops,
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  breakImplicitSentences,
  removeEmptyNodes,
  patchPosition
];
ParseLatin.prototype.tokenizeRootPlugins = [
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  removeEmptyNodes,
  patchPosition
];
function splitNode(node, childType, expression) {
  const result = [];
  let index2 = -1;
  let start = 0;
  while (++index2 < node.children.length) {
    const token = node.children[index2];
    if (index2 === node.children.length - 1 || token.type === childType && expression.test(toString(token))) {
      const parent = {
        type: node.type,
        children: node.children.slice(start, index2 + 1)
      };
      const first = node.children[start];
      const last = token;
      if (first.position && last.position) {
        parent.position = {
          start: first.position.start,
          end: last.position.end
        };
      }
      result.push(parent);
      start = index2 + 1;
    }
  }
  return result;
}

// node_modules/parse-english/lib/regex.js
var abbreviations = /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
var abbreviationsSensitive = /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;
var elisionPrefix = /^(ol?)$/;
var elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;

// node_modules/parse-english/lib/index.js
var apostrophe = /^['’]$/;
var ParseEnglish = class extends ParseLatin {
};
ParseEnglish.prototype.tokenizeSentencePlugins = [
  visitChildren(mergeEnglishElisionExceptions),
  ...ParseLatin.prototype.tokenizeSentencePlugins
];
ParseEnglish.prototype.tokenizeParagraphPlugins = [
  modifyChildren(mergeEnglishPrefixExceptions),
  ...ParseLatin.prototype.tokenizeParagraphPlugins
];
function mergeEnglishPrefixExceptions(sentence2, index2, paragraph2) {
  if ("children" in sentence2 && sentence2.children) {
    const period = sentence2.children[sentence2.children.length - 1];
    const word3 = sentence2.children[sentence2.children.length - 2];
    if (period && period.type === "PunctuationNode" && toString(period) === "." && word3 && word3.type === "WordNode") {
      const value = toString(word3);
      if (abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value)) {
        word3.children.push(period);
        sentence2.children.pop();
        if (period.position && word3.position) {
          word3.position.end = period.position.end;
        }
        const next = paragraph2.children[index2 + 1];
        if (next && next.type === "SentenceNode") {
          sentence2.children.push(...next.children);
          paragraph2.children.splice(index2 + 1, 1);
          if (next.position && sentence2.position) {
            sentence2.position.end = next.position.end;
          }
          return index2 - 1;
        }
      }
    }
  }
}
function mergeEnglishElisionExceptions(child, index2, sentence2) {
  if (child.type === "PunctuationNode" || child.type === "SymbolNode") {
    const siblings = sentence2.children;
    const length = siblings.length;
    const value = toString(child);
    if (value === "/") {
      const sibling = siblings[index2 - 1];
      if (sibling && sibling.type === "WordNode" && toString(sibling).toLowerCase() === "w") {
        siblings.splice(index2, 1);
        sibling.children.push(child);
        if (sibling.position && child.position) {
          sibling.position.end = child.position.end;
        }
      }
    } else if (apostrophe.test(value)) {
      const sibling = siblings[index2 - 1];
      if (index2 > 2 && index2 < length - 1 && sibling.type === "WordNode" && siblings[index2 - 2].type === "WhiteSpaceNode" && siblings[index2 + 1].type === "WhiteSpaceNode" && elisionPrefix.test(toString(sibling).toLowerCase())) {
        siblings.splice(index2, 1);
        sibling.children.push(child);
        if (sibling.position && child.position) {
          sibling.position.end = child.position.end;
        }
        return;
      }
      if (index2 !== length - 1 && siblings[index2 + 1].type === "WordNode" && (index2 === 0 || siblings[index2 - 1].type !== "WordNode")) {
        const sibling2 = siblings[index2 + 1];
        const value2 = toString(sibling2).toLowerCase();
        const other = siblings[index2 + 2];
        if (sibling2.type === "WordNode" && elisionAffix.test(value2)) {
          siblings.splice(index2, 1);
          sibling2.children.unshift(child);
          if (sibling2.position && child.position) {
            sibling2.position.start = child.position.start;
          }
        } else if (sibling2.type === "WordNode" && value2 === "n" && other && other.type === "PunctuationNode" && apostrophe.test(toString(other))) {
          siblings.splice(index2, 1);
          siblings.splice(index2 + 1, 1);
          sibling2.children.unshift(child);
          sibling2.children.push(other);
          if (sibling2.position) {
            if (child.position) {
              sibling2.position.start = child.position.start;
            }
            if (other.position) {
              sibling2.position.end = other.position.end;
            }
          }
        }
      }
    }
  }
}

// src/parser/nodes.ts
function hasChildren(node) {
  return "children" in node;
}
function childrenOf(parent) {
  return parent.children;
}
function isMark(node) {
  return node.type === "SymbolNode" || node.type === "PunctuationNode";
}
function textOf(node) {
  return "value" in node ? node.value : toString(node);
}
function endAt(node, last) {
  if (node.position && last?.position) node.position.end = last.position.end;
}
function startAt(node, first) {
  if (node.position && first?.position) node.position.start = first.position.start;
}

// src/parser/break-implicit-sentences.ts
function breakImplicitSentences2(paragraph2) {
  const input = childrenOf(paragraph2);
  let output;
  for (let index2 = 0; index2 < input.length; index2++) {
    const child = input[index2];
    if (child.type === "SentenceNode") {
      const parts = split(child);
      if (parts) {
        output ??= input.slice(0, index2);
        for (const part of parts) output.push(part);
        continue;
      }
    }
    output?.push(child);
  }
  if (output) paragraph2.children = output;
}
function split(sentence2) {
  const children = sentence2.children;
  let parts;
  let current = sentence2;
  let from = 0;
  for (let position2 = 1; position2 < children.length - 1; position2++) {
    const node = children[position2];
    if (node.type !== "WhiteSpaceNode" || position2 === from || !hasBlankLine(textOf(node))) continue;
    const insertion = { type: "SentenceNode", children: [] };
    const tail = children[position2 - 1];
    const head = children[position2 + 1];
    if (current.position && tail.position && head.position) {
      const end = current.position.end;
      current.position.end = tail.position.end;
      insertion.position = { start: head.position.start, end };
    }
    current.children = children.slice(from, position2);
    parts ??= [];
    parts.push(current, node);
    current = insertion;
    from = position2 + 1;
  }
  if (!parts) return void 0;
  current.children = children.slice(from);
  parts.push(current);
  return parts;
}
function hasBlankLine(value) {
  let breaks = 0;
  for (let index2 = 0; index2 < value.length; index2++) {
    const code = value.charCodeAt(index2);
    if (code === 13) {
      if (value.charCodeAt(index2 + 1) === 10) index2++;
    } else if (code !== 10) continue;
    if (++breaks === 2) return true;
  }
  return false;
}

// src/engine/memo.ts
function boundedMemo(limit2, compute) {
  const memo = /* @__PURE__ */ new Map();
  return (key) => {
    let answer = memo.get(key);
    if (answer === void 0) {
      answer = compute(key);
      if (memo.size >= limit2) memo.clear();
      memo.set(key, answer);
    }
    return answer;
  };
}

// src/parser/stock-plugins.ts
var stockPlugins = readPlugins();
function readPlugins() {
  const sentence2 = ParseEnglish.prototype.tokenizeSentencePlugins;
  const paragraph2 = ParseEnglish.prototype.tokenizeParagraphPlugins;
  const root = ParseEnglish.prototype.tokenizeRootPlugins;
  const shared = (a, b) => a !== void 0 && a === b;
  if (sentence2.length !== 7 || paragraph2.length !== 13 || root.length !== 4 || // parse-latin runs the same white-space, clean-up and position plugins at every level.
  !shared(sentence2[6], paragraph2[12]) || !shared(paragraph2[12], root[3]) || !shared(paragraph2[8], root[0]) || !shared(paragraph2[9], root[1]) || !shared(paragraph2[11], root[2]))
    return void 0;
  return {
    mergeInitialisms: sentence2[5],
    mergeEnglishPrefixExceptions: paragraph2[0],
    mergeAffixSymbol: paragraph2[2],
    mergeInitialLowerCaseLetterSentences: paragraph2[3],
    mergePrefixExceptions: paragraph2[5]
  };
}

// src/parser/parse-latin-answers.ts
var WHITE_SPACE = 1;
var PUNCTUATION = 2;
var WORD = 3;
var SYMBOL = 4;
var kinds = {
  WhiteSpaceNode: WHITE_SPACE,
  PunctuationNode: PUNCTUATION,
  WordNode: WORD,
  SymbolNode: SYMBOL
};
var classes = new Uint8Array(65536);
var latin = new ParseEnglish();
function characterClass(code) {
  let kind = classes[code];
  if (kind === 0) {
    kind = kinds[latin.tokenize(String.fromCharCode(code))[0].type];
    classes[code] = kind;
  }
  return kind;
}
var limit = 4096;
var word2 = (value) => ({ type: "WordNode", children: [{ type: "TextNode", value }] });
var sentence = (...children) => ({ type: "SentenceNode", children });
var paragraph = (...children) => ({ type: "ParagraphNode", children });
var fullStop = () => ({ type: "PunctuationNode", value: "." });
var lowerStart = boundedMemo(limit, (start) => {
  const tree2 = paragraph(sentence(word2("a")), sentence(word2(start)));
  stockPlugins.mergeInitialLowerCaseLetterSentences(tree2);
  return tree2.children.length === 1;
});
function startsLowerCase(value) {
  return lowerStart(value.slice(0, 2));
}
var isNumerical = boundedMemo(limit, (value) => {
  const tree2 = sentence(
    { type: "WordNode", children: [{ type: "TextNode", value }, fullStop(), { type: "TextNode", value }] },
    fullStop()
  );
  stockPlugins.mergeInitialisms(tree2);
  return tree2.children.length === 2;
});
var isAffixSymbol = boundedMemo(limit, (value) => {
  const second = sentence({ type: "PunctuationNode", value }, word2("b"));
  stockPlugins.mergeAffixSymbol(paragraph(sentence(word2("a")), second));
  return second.children.length === 1;
});
var isEnglishAbbreviation = boundedMemo(limit, (value) => {
  const tree2 = sentence(word2(value), fullStop());
  stockPlugins.mergeEnglishPrefixExceptions(paragraph(tree2));
  return tree2.children.length === 1;
});
var isLatinAbbreviation = boundedMemo(limit, (value) => {
  const tree2 = sentence(word2(value), fullStop());
  stockPlugins.mergePrefixExceptions(paragraph(tree2));
  return tree2.children.length === 1;
});

// src/parser/merge-abbreviations.ts
function mergeEnglishAbbreviations(paragraph2) {
  mergeAbbreviations(paragraph2, (node) => node.type === "PunctuationNode", 0, isEnglishAbbreviation);
}
function mergeLatinAbbreviations(paragraph2) {
  mergeAbbreviations(paragraph2, isMark, 1, isLatinAbbreviation);
}
function mergeAbbreviations(paragraph2, isStop, fewest, isAbbreviation) {
  const input = childrenOf(paragraph2);
  const output = [];
  let index2 = 0;
  while (index2 < input.length) {
    const sentence2 = input[index2];
    if (hasChildren(sentence2) && sentence2.children.length > fewest) {
      const children = sentence2.children;
      const period = children[children.length - 1];
      const word3 = children[children.length - 2];
      if (period && isStop(period) && textOf(period) === "." && word3 && word3.type === "WordNode" && isAbbreviation(textOf(word3))) {
        word3.children.push(period);
        children.pop();
        endAt(word3, period);
        const next = input[index2 + 1];
        if (next && next.type === "SentenceNode") {
          for (const node of next.children) children.push(node);
          endAt(sentence2, next);
          input[index2 + 1] = sentence2;
          if (output.length > 0) input[index2] = output.pop();
          else index2++;
          continue;
        }
      }
    }
    output.push(sentence2);
    index2++;
  }
  paragraph2.children = output;
}

// src/parser/expressions.ts
var terminalMarker2 = /^([!.?\u2026\u203D]+)$/;
var wordSymbolInner2 = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
var digitStart2 = /^\d/;
var elisionPrefix2 = /^(ol?)$/;
var elisionAffix2 = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;
var apostrophe2 = /^['’]$/;

// src/parser/merge-elisions.ts
function mergeElisions(sentence2) {
  const input = childrenOf(sentence2);
  const output = [];
  let index2 = 0;
  while (index2 < input.length) {
    const child = input[index2];
    if (isMark(child)) {
      const at2 = output.length;
      const length = at2 + input.length - index2;
      const value = textOf(child);
      if (value === "/") {
        const sibling = output[at2 - 1];
        if (sibling && sibling.type === "WordNode" && textOf(sibling).toLowerCase() === "w") {
          sibling.children.push(child);
          endAt(sibling, child);
          index2 = passOver(input, index2 + 1, output);
          continue;
        }
      } else if (apostrophe2.test(value)) {
        const sibling = output[at2 - 1];
        if (at2 > 2 && at2 < length - 1 && sibling.type === "WordNode" && output[at2 - 2].type === "WhiteSpaceNode" && input[index2 + 1].type === "WhiteSpaceNode" && elisionPrefix2.test(textOf(sibling).toLowerCase())) {
          sibling.children.push(child);
          endAt(sibling, child);
          index2 = passOver(input, index2 + 1, output);
          continue;
        }
        const next = input[index2 + 1];
        if (at2 !== length - 1 && next.type === "WordNode" && (at2 === 0 || output[at2 - 1].type !== "WordNode")) {
          const word3 = next;
          const lower = textOf(word3).toLowerCase();
          const other = input[index2 + 2];
          if (elisionAffix2.test(lower)) {
            word3.children.unshift(child);
            startAt(word3, child);
            index2 = passOver(input, index2 + 1, output);
            continue;
          }
          if (lower === "n" && other && other.type === "PunctuationNode" && apostrophe2.test(textOf(other))) {
            word3.children.unshift(child);
            word3.children.push(other);
            if (word3.position) {
              if (child.position) word3.position.start = child.position.start;
              if (other.position) word3.position.end = other.position.end;
            }
            output.push(word3);
            index2 += 3;
            continue;
          }
        }
      }
    }
    output.push(child);
    index2++;
  }
  sentence2.children = output;
}
function passOver(input, index2, output) {
  if (index2 < input.length) output.push(input[index2]);
  return index2 + 1;
}

// src/parser/merge-initialisms.ts
function mergeInitialisms2(sentence2) {
  const input = childrenOf(sentence2);
  const output = [];
  for (const child of input) {
    const previous = output[output.length - 1];
    if (previous && child.type === "PunctuationNode" && previous.type === "WordNode" && textOf(child) === "." && takesFullStop(previous.children)) {
      previous.children.push(child);
      endAt(previous, child);
      continue;
    }
    output.push(child);
  }
  sentence2.children = output;
}
function takesFullStop(children) {
  const length = children.length;
  if (length === 1 || length % 2 === 0) return false;
  let allDigits = true;
  for (let position2 = length - 1; position2 >= 0; position2--) {
    const value = textOf(children[position2]);
    if (position2 % 2 === 0) {
      if (value.length > 1) return false;
      if (!isNumerical(value)) allDigits = false;
    } else if (value !== ".") {
      if (position2 < length - 2) break;
      return false;
    }
  }
  return !allDigits;
}

// src/parser/merge-inner-word-marks.ts
function mergeInnerWordMarks(sentence2) {
  const input = childrenOf(sentence2);
  const output = [];
  let index2 = 0;
  while (index2 < input.length) {
    const child = input[index2];
    const previous = output[output.length - 1];
    if (output.length > 0 && isMark(child) && previous && previous.type === "WordNode") {
      const tokens = [];
      let queued = 0;
      let position2 = index2;
      for (; position2 < input.length; position2++) {
        const sibling = input[position2];
        if (sibling.type === "WordNode") {
          for (let back = position2 - queued; back < position2; back++) tokens.push(input[back]);
          for (const node of sibling.children) tokens.push(node);
          queued = 0;
        } else if (isMark(sibling) && wordSymbolInner2.test(textOf(sibling))) queued++;
        else break;
      }
      if (tokens.length > 0) {
        for (const token of tokens) previous.children.push(token);
        const last = tokens[tokens.length - 1];
        endAt(previous, last);
        index2 = position2 - queued;
        continue;
      }
    }
    output.push(child);
    index2++;
  }
  sentence2.children = output;
}

// src/parser/merge-non-word-sentences.ts
function mergeNonWordSentences2(paragraph2) {
  const input = paragraph2.children;
  const output = [];
  for (let index2 = 0; index2 < input.length; index2++) {
    const child = input[index2];
    if (!("children" in child) || child.children.some((node) => node.type === "WordNode")) {
      output.push(child);
      continue;
    }
    const previous = output.at(-1);
    if (previous && "children" in previous) {
      for (const node of child.children) previous.children.push(node);
      endAt(previous, child);
      continue;
    }
    const next = input[index2 + 1];
    if (next && "children" in next) {
      next.children = [...child.children, ...next.children];
      startAt(next, child);
      output.push(next);
      index2++;
      continue;
    }
    output.push(child);
  }
  paragraph2.children = output;
}

// src/parser/merge-remaining-full-stops.ts
function mergeRemainingFullStops2(paragraph2) {
  for (const child of paragraph2.children) if (hasChildren(child)) mergeInSentence(child.children);
}
function mergeInSentence(children) {
  const end = children.length;
  let write = end - 1;
  let position2 = end;
  let hasFoundDelimiter = false;
  while (--position2 >= 0) {
    const node = children[position2];
    if (!isMark(node)) {
      if (node.type === "WordNode") hasFoundDelimiter = true;
      children[write--] = node;
      continue;
    }
    const value = textOf(node);
    const terminal = terminalMarker2.test(value);
    if (!terminal || !hasFoundDelimiter || value !== ".") {
      if (terminal) hasFoundDelimiter = true;
      children[write--] = node;
      continue;
    }
    const previous = position2 > 0 ? children[position2 - 1] : void 0;
    const next = write + 1 < end ? children[write + 1] : void 0;
    if (previous && previous.type === "WordNode") {
      const nextNext = write + 2 < end ? children[write + 2] : void 0;
      if (next && nextNext && next.type === "WhiteSpaceNode" && textOf(nextNext) === ".") {
        children[write--] = node;
        continue;
      }
      previous.children.push(node);
      endAt(previous, node);
      children[write--] = previous;
      position2--;
    } else if (next && next.type === "WordNode") {
      next.children.unshift(node);
      startAt(next, node);
    } else children[write--] = node;
  }
  if (write >= 0) children.splice(0, write + 1);
}

// src/parser/merge-sentence-affixes.ts
function mergeAffixSymbols(paragraph2) {
  const input = childrenOf(paragraph2);
  const output = [];
  let index2 = 0;
  while (index2 < input.length) {
    const child = input[index2];
    const previous = output[output.length - 1];
    if (hasChildren(child) && child.children.length > 0 && previous && previous.type === "SentenceNode") {
      const children = child.children;
      const first = children[0];
      if (isMark(first) && isAffixSymbol(textOf(first))) {
        children.shift();
        previous.children.push(first);
        endAt(previous, first);
        const second = children[0];
        startAt(child, second);
        input[--index2] = output.pop();
        continue;
      }
    }
    output.push(child);
    index2++;
  }
  paragraph2.children = output;
}
function mergeAffixExceptions2(paragraph2) {
  const input = childrenOf(paragraph2);
  const output = [];
  for (const child of input) {
    const previous = output[output.length - 1];
    if (previous && hasChildren(previous) && hasChildren(child) && opensWithClauseMark(child.children)) {
      for (const node of child.children) previous.children.push(node);
      endAt(previous, child);
      continue;
    }
    output.push(child);
  }
  paragraph2.children = output;
}
function opensWithClauseMark(children) {
  for (const node of children) {
    if (node.type === "WordNode") return false;
    if (isMark(node)) {
      const value = textOf(node);
      return value === "," || value === ";";
    }
  }
  return false;
}

// src/parser/merge-sentence-starts.ts
function mergeLowerCaseStarts(paragraph2) {
  mergeStarts(paragraph2, (children) => {
    for (const node of children) {
      if (node.type === "WordNode") return startsLowerCase(textOf(node));
      if (isMark(node)) return false;
    }
    return false;
  });
}
function mergeDigitStarts(paragraph2) {
  mergeStarts(paragraph2, (children) => {
    const head = children[0];
    return head !== void 0 && head.type === "WordNode" && digitStart2.test(textOf(head));
  });
}
function mergeStarts(paragraph2, continues) {
  const input = childrenOf(paragraph2);
  const output = [];
  for (const child of input) {
    const previous = output[output.length - 1];
    if (previous?.type === "SentenceNode" && child.type === "SentenceNode" && continues(child.children)) {
      for (const node of child.children) previous.children.push(node);
      endAt(previous, child);
      continue;
    }
    output.push(child);
  }
  paragraph2.children = output;
}

// src/parser/merge-word-marks.ts
function mergeInitialAmpersands(sentence2) {
  const input = childrenOf(sentence2);
  const output = [];
  let index2 = 0;
  while (index2 < input.length) {
    const child = input[index2];
    if (isMark(child) && textOf(child) === "&") {
      const next = input[index2 + 1];
      const at2 = output.length;
      if (!(at2 > 0 && output[at2 - 1].type === "WordNode" || !(next && next.type === "WordNode"))) {
        next.children.unshift(child);
        startAt(next, child);
        if (at2 > 0) input[index2] = output.pop();
        else index2++;
        continue;
      }
    }
    output.push(child);
    index2++;
  }
  sentence2.children = output;
}
function mergeFinalHyphens(sentence2) {
  const input = childrenOf(sentence2);
  const output = [];
  for (let index2 = 0; index2 < input.length; index2++) {
    const child = input[index2];
    const at2 = output.length;
    if (at2 > 0 && isMark(child) && textOf(child) === "-") {
      const previous = output[at2 - 1];
      const next = input[index2 + 1];
      if ((!next || next.type !== "WordNode") && previous && previous.type === "WordNode") {
        previous.children.push(child);
        endAt(previous, child);
        continue;
      }
    }
    output.push(child);
  }
  sentence2.children = output;
}
function mergeInnerSlashes(sentence2) {
  const input = childrenOf(sentence2);
  const output = [];
  let index2 = 0;
  while (index2 < input.length) {
    const child = input[index2];
    const previous = output[output.length - 1];
    if (previous && previous.type === "WordNode" && isMark(child) && textOf(child) === "/") {
      const previousValue = textOf(previous);
      const next = input[index2 + 1];
      const word3 = next && next.type === "WordNode" ? next : void 0;
      const nextValue = word3 ? textOf(word3) : "";
      if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
        previous.children.push(child);
        if (word3) for (const node of word3.children) previous.children.push(node);
        const tail = word3 ?? child;
        endAt(previous, tail);
        index2 += word3 ? 2 : 1;
        continue;
      }
    }
    output.push(child);
    index2++;
  }
  sentence2.children = output;
}

// src/parser/patch-position.ts
function patchPosition2(node) {
  const children = node.children;
  if (children.length === 0) return;
  const first = children[0];
  if (first.position && !node.position?.start) {
    node.position ??= {};
    node.position.start = first.position.start;
  }
  const last = children[children.length - 1];
  if (last.position && !node.position?.end) {
    node.position ??= {};
    node.position.end = last.position.end;
  }
}

// src/parser/remove-empty-nodes.ts
function removeEmptyNodes2(parent) {
  const children = parent.children;
  if (children.some((child) => "children" in child && child.children.length === 0))
    parent.children = children.filter((child) => !("children" in child && child.children.length === 0));
}

// src/parser/white-space-siblings.ts
function makeInitialWhiteSpaceSiblings2(parent) {
  const output = [];
  for (const child of parent.children) {
    if ("children" in child) {
      const children = child.children;
      while (children[0]?.type === "WhiteSpaceNode") {
        output.push(children.shift());
        const next = children[0];
        startAt(child, next);
      }
    }
    output.push(child);
  }
  parent.children = output;
}
function makeFinalWhiteSpaceSiblings2(parent) {
  const output = [];
  for (const child of parent.children) {
    output.push(child);
    if (!("children" in child)) continue;
    const children = child.children;
    let from = children.length;
    while (from > 0 && children[from - 1].type === "WhiteSpaceNode") {
      from--;
      const previous = children[from - 1];
      endAt(child, previous);
    }
    for (let index2 = from; index2 < children.length; index2++) output.push(children[index2]);
    children.length = from;
  }
  parent.children = output;
}

// src/parser/plugins.ts
var sentencePlugins = [
  mergeElisions,
  mergeInitialAmpersands,
  mergeFinalHyphens,
  mergeInnerWordMarks,
  mergeInnerSlashes,
  mergeInitialisms2,
  patchPosition2
];
var paragraphPlugins = [
  mergeEnglishAbbreviations,
  mergeNonWordSentences2,
  mergeAffixSymbols,
  mergeLowerCaseStarts,
  mergeDigitStarts,
  mergeLatinAbbreviations,
  mergeAffixExceptions2,
  mergeRemainingFullStops2,
  makeInitialWhiteSpaceSiblings2,
  makeFinalWhiteSpaceSiblings2,
  breakImplicitSentences2,
  removeEmptyNodes2,
  patchPosition2
];
var rootPlugins = [
  makeInitialWhiteSpaceSiblings2,
  makeFinalWhiteSpaceSiblings2,
  removeEmptyNodes2,
  patchPosition2
];

// src/parser/tokenize.ts
var types = ["", "WhiteSpaceNode", "PunctuationNode", "WordNode", "SymbolNode"];
var ascii = Uint8Array.from({ length: 128 }, (_, code) => characterClass(code));
function tokenize(value) {
  const children = [];
  if (!value) return children;
  const length = value.length;
  let line = 1;
  let column = 1;
  let index2 = 0;
  while (index2 < length) {
    const from = index2;
    const start = { line, column, offset: from };
    let code = value.charCodeAt(index2);
    const kind = code < 128 ? ascii[code] : characterClass(code);
    index2++;
    if (kind === WHITE_SPACE) {
      let previous = -1;
      for (; ; ) {
        if (code === 13 || code === 10 && previous !== 13) {
          line++;
          column = 1;
        } else if (code !== 10) column++;
        if (index2 === length) break;
        previous = code;
        code = value.charCodeAt(index2);
        if ((code < 128 ? ascii[code] : characterClass(code)) !== WHITE_SPACE) break;
        index2++;
      }
    } else if (kind === WORD) {
      while (index2 < length) {
        const next = value.charCodeAt(index2);
        if ((next < 128 ? ascii[next] : characterClass(next)) !== WORD) break;
        index2++;
      }
      column += index2 - from;
    } else {
      while (index2 < length) {
        const next = value.charCodeAt(index2);
        if (next !== code && (next < 55296 || next > 57343)) break;
        if ((next < 128 ? ascii[next] : characterClass(next)) !== kind) break;
        code = next;
        index2++;
      }
      column += index2 - from;
    }
    const text = value.slice(from, index2);
    if (kind === WORD) {
      children.push({
        type: "WordNode",
        children: [{ type: "TextNode", value: text, position: at(start, line, column, index2) }],
        position: at(start, line, column, index2)
      });
    } else {
      children.push({
        type: types[kind],
        value: text,
        position: at(start, line, column, index2)
      });
    }
  }
  return children;
}
function at(start, line, column, offset) {
  return { start, end: { line, column, offset } };
}

// src/parser.ts
function createParser() {
  const parser = new ParseEnglish();
  let split2 = parser.tokenize.bind(parser);
  if (stockPlugins) {
    parser.tokenizeSentencePlugins = [...sentencePlugins];
    parser.tokenizeParagraphPlugins = [...paragraphPlugins];
    parser.tokenizeRootPlugins = [...rootPlugins];
    split2 = tokenize;
  }
  parser.tokenize = (value) => split2(typeof value === "string" && value.includes("\r") ? value.replace(/\r(?!\n)/g, "\n") : value);
  return parser;
}
var retextEnglishParser = function() {
  const data = () => this.data();
  this.parser = (value) => {
    const parser = createParser();
    const extensions = data();
    if (extensions.nlcstParagraphExtensions)
      parser.tokenizeParagraphPlugins.unshift(...extensions.nlcstParagraphExtensions);
    if (extensions.nlcstRootExtensions)
      parser.tokenizeRootPlugins.unshift(...extensions.nlcstRootExtensions);
    if (extensions.nlcstSentenceExtensions)
      parser.tokenizeSentencePlugins.unshift(...extensions.nlcstSentenceExtensions);
    return parser.parse(value);
  };
};

// src/engine/node-value.ts
function valueOf(node) {
  if (node.type !== "WordNode") return node.value;
  const children = node.children;
  const only = children[0];
  return children.length === 1 && only !== void 0 && only.type === "TextNode" ? only.value : toString(node);
}

// src/engine/normalize.ts
var apostrophes = /[\u2019\u2018\u02BC\u0060\u00B4]/g;
var marks = /\p{M}/gu;
var ascii2 = /^[\x00-\x7F]*$/;
var undecomposed = {
  \u00F8: "o",
  \u0142: "l",
  \u00E6: "ae",
  \u0153: "oe",
  \u00DF: "ss",
  \u0111: "d",
  \u00FE: "th",
  \u00F0: "d",
  \u0131: "i",
  \u0127: "h",
  \u0167: "t",
  \u0140: "l"
};
var undecomposedLetters = /[øłæœßđþðıħŧŀ]/g;
var bareContractions = new Map(
  "isnt arent wasnt werent dont doesnt didnt cant wont couldnt wouldnt shouldnt hasnt havent hadnt mustnt im ive youre youve theyre weve thats theres heres whats".split(" ").map((word3) => [word3, word3.replace(/(nt|m|ve|re|s)$/, (ending) => ending === "nt" ? "n't" : `'${ending}`)])
);
var normalizeWord = boundedMemo(1e4, (value) => {
  const lower = value.toLowerCase();
  return ascii2.test(lower) ? bareContractions.get(lower) ?? lower : lower.normalize("NFD").replace(marks, "").replace(apostrophes, "'").replace(undecomposedLetters, (letter) => undecomposed[letter]);
});
function isApostrophe(value) {
  const first = value.charCodeAt(0);
  if (first !== 39 && first !== 8217 && first !== 8216 && first !== 700) return false;
  return /^['\u2019\u2018\u02BC]+$/.test(value);
}

// src/engine/own-words.ts
var agentRoles = /* @__PURE__ */ new Set([
  "agent",
  "support",
  "rep",
  "representative",
  "advisor",
  "adviser",
  "operator",
  "staff",
  "assistant",
  "specialist",
  "helpdesk",
  "team",
  "me"
]);
var customerRoles = /* @__PURE__ */ new Set([
  "customer",
  "client",
  "user",
  "visitor",
  "guest",
  "caller",
  "requester",
  "member",
  "shopper",
  "buyer",
  "you",
  "enduser"
]);
var forwardMarkers = [
  ["forwarded", "message"],
  ["original", "message"],
  ["begin", "forwarded", "message"],
  ["forwarded", "email"],
  ["forwarded", "mail"]
];
function ownWords(tokens, customerFirstNames = []) {
  const lines = [];
  let special = false;
  let colonWithin = -1;
  for (let index2 = 0; index2 < tokens.length; index2++) {
    if (index2 === 0 || tokens.lineStart(index2)) {
      lines.push([index2, index2 + 1]);
      colonWithin = index2 + 12;
      if (!special) {
        const norm = tokens.norm(index2);
        special = norm === ">" || norm === "on" || norm === "from" || tokens.kind(index2) !== "word" || norm === "begin";
      }
    } else lines.at(-1)[1] = index2 + 1;
    if (!special && index2 < colonWithin && tokens.norm(index2) === ":") special = true;
  }
  if (!special) return void 0;
  const drop = new Uint8Array(tokens.length);
  let dropped = false;
  const dropRange = (start, end) => {
    drop.fill(1, start, end);
    dropped = true;
  };
  for (let line = 0; line < lines.length; line++) {
    const [start, end] = lines[line];
    const first = tokens.value(start);
    if (first === ">") {
      dropRange(start, end);
      continue;
    }
    if (tokens.norm(start) === "on") {
      const header = endsWithWrote(tokens, start, end) ? end : line + 1 < lines.length && endsWithWrote(tokens, ...lines[line + 1]) ? lines[line + 1][1] : -1;
      if (header !== -1) {
        dropRange(start, header);
        continue;
      }
    }
    if (isForwardMarker(tokens, start, end) || isMailHeader(tokens, lines, line)) {
      dropRange(start, tokens.length);
      break;
    }
  }
  transcript(tokens, lines, customerFirstNames, dropRange);
  if (!dropped) return void 0;
  const keep = [];
  for (let index2 = 0; index2 < tokens.length; index2++) if (drop[index2] === 0) keep.push(index2);
  return keep;
}
function endsWithWrote(tokens, start, end) {
  return end - start >= 2 && tokens.norm(end - 1) === ":" && tokens.norm(end - 2) === "wrote";
}
function isForwardMarker(tokens, start, end) {
  const words = [];
  for (let index2 = start; index2 < end && words.length < 4; index2++)
    if (tokens.kind(index2) === "word") words.push(tokens.norm(index2));
  const marked = tokens.kind(start) !== "word" || words.length <= 3;
  return marked && forwardMarkers.some(
    (marker) => marker.every((word3, offset) => words[offset] === word3) && words.length <= marker.length + 1
  );
}
function isMailHeader(tokens, lines, line) {
  const [start] = lines[line];
  if (tokens.norm(start) !== "from" || tokens.norm(start + 1) !== ":") return false;
  for (let next = line + 1; next < Math.min(lines.length, line + 4); next++) {
    const [at2] = lines[next];
    if ((tokens.norm(at2) === "sent" || tokens.norm(at2) === "date") && tokens.norm(at2 + 1) === ":") return true;
  }
  return false;
}
function transcript(tokens, lines, customerFirstNames, dropRange) {
  const turns = [];
  for (let line = 0; line < lines.length; line++) {
    const turn = turnAt(tokens, lines[line], line, customerFirstNames);
    if (turn) turns.push(turn);
  }
  const labels = [...new Set(turns.map((turn) => turn.label))];
  const oursOnly = turns.length > 0 && turns.every((turn) => turn.role === "agent");
  if (!oursOnly && (turns.length < 2 || labels.length < 2 || !turns.some((turn) => turn.role !== void 0))) return;
  const agentLabels = new Set(turns.filter((turn) => turn.role === "agent").map((turn) => turn.label));
  const other = labels.length === 2 && agentLabels.size === 1 ? labels.find((label) => !agentLabels.has(label)) : void 0;
  for (const turn of turns) {
    const [start, end] = lines[turn.line];
    if (turn.role === "customer" || turn.role === void 0 && turn.label === other) dropRange(start, end);
    else dropRange(start, turn.content);
  }
}
function turnAt(tokens, [start, end], line, customerFirstNames) {
  let index2 = start;
  if (tokens.value(index2) === "[") {
    const close = findValue(tokens, index2, Math.min(end, index2 + 8), "]");
    if (close === -1) return void 0;
    index2 = close + 1;
  } else if (/^\d{1,2}$/.test(tokens.value(index2)) && tokens.value(index2 + 1) === ":" && /^\d{2}$/.test(tokens.value(index2 + 2))) {
    index2 += 3;
  }
  const words = [];
  const labelStart = index2;
  while (index2 < end && tokens.kind(index2) === "word" && words.length < 3) words.push(tokens.norm(index2++));
  if (words.length === 0) return void 0;
  if (tokens.value(index2) === "(") {
    const close = findValue(tokens, index2, Math.min(end, index2 + 10), ")");
    if (close === -1) return void 0;
    index2 = close + 1;
  }
  if (tokens.value(index2) !== ":" || index2 + 1 >= end) return void 0;
  const label = words.join(" ");
  const role = words.some((word3) => agentRoles.has(word3)) ? "agent" : words.some((word3) => customerRoles.has(word3)) || customerFirstNames.includes(words[0]) ? "customer" : void 0;
  if (role === void 0 && (words.length > 2 || !/^\p{Lu}/u.test(tokens.value(labelStart)))) return void 0;
  return { line, content: index2 + 1, label, role };
}
function findValue(tokens, from, to, value) {
  for (let index2 = from; index2 < to; index2++) if (tokens.value(index2) === value) return index2;
  return -1;
}

// src/engine/tokens.ts
var kinds2 = ["word", "punct", "symbol", "source"];
var gaps = ["none", "space", "line", "paragraph"];
var sentenceBit = 16;
var Tokens = class {
  constructor(nodes, norms, flags, glued) {
    this.nodes = nodes;
    this.norms = norms;
    this.flags = flags;
    this.glued = glued;
    this.length = nodes.length;
  }
  nodes;
  norms;
  flags;
  glued;
  length;
  /** `undefined` past the end, so a look-ahead never mistakes nothing for a word. */
  kind(index2) {
    return index2 < this.length ? kinds2[this.flags[index2] & 3] : void 0;
  }
  /** Case, apostrophes and diacritics folded; `<placeholder>` for sources. */
  norm(index2) {
    return this.norms[index2];
  }
  value(index2) {
    return index2 < this.length ? valueOf(this.nodes[index2]) : "";
  }
  start(index2) {
    return this.glued.get(index2) ?? this.nodes[index2].position.start;
  }
  end(index2) {
    return this.nodes[index2].position.end;
  }
  /** White space before the token. */
  gap(index2) {
    return gaps[this.flags[index2] >> 2 & 3];
  }
  sentenceStart(index2) {
    return (this.flags[index2] & sentenceBit) !== 0;
  }
  /** Whether a line break or a sentence boundary comes before `index` (or it is past the end). */
  isBoundary(index2) {
    if (index2 >= this.length) return true;
    const flags = this.flags[index2];
    return (flags & sentenceBit) !== 0 || (flags >> 2 & 3) >= 2;
  }
  /** Whether `index` is on the same line as the token before it. */
  sameLine(index2) {
    return index2 < this.length && (this.flags[index2] >> 2 & 3) < 2;
  }
  /** The nearest index at or before `index` where `isBoundary` holds (0 at the latest). */
  boundaryAtOrBefore(index2) {
    const starts = this.stretches ??= this.stretchStarts();
    return starts[this.stretchOf[index2]];
  }
  /** The first index after `index` where `isBoundary` holds (`length` past the last). */
  boundaryAfter(index2) {
    const starts = this.stretches ??= this.stretchStarts();
    return starts[this.stretchOf[index2] + 1] ?? this.length;
  }
  // Stretches between boundaries, numbered, built on first use: sentence
  // contexts ask for the stretch around each match, and walking to its ends
  // each time made a long sentence of matches quadratic.
  stretches;
  stretchOf;
  stretchStarts() {
    const starts = [];
    const of = new Int32Array(this.length);
    for (let index2 = 0; index2 < this.length; index2++) {
      if (index2 === 0 || this.isBoundary(index2)) starts.push(index2);
      of[index2] = starts.length - 1;
    }
    this.stretchOf = of;
    return starts;
  }
  /**
   * What an index, a context or a rule worked out about this reply, kept with
   * it: a cache held by the index itself kept the last reply's tree (tens of
   * MB for a 1 MB text) alive until the next check.
   */
  recall(owner) {
    return this.kept?.get(owner);
  }
  keep(owner, value) {
    ;
    (this.kept ??= /* @__PURE__ */ new Map()).set(owner, value);
    return value;
  }
  /** What `owner` kept for this reply, or what `compute` answers, kept. */
  remember(owner, compute) {
    return this.recall(owner) ?? this.keep(owner, compute());
  }
  kept;
  /** The classes of `tokenClassBits` that the token belongs to. */
  classes(index2) {
    const known = this.classBits ??= new Int32Array(this.length).fill(-1);
    let bits = known[index2];
    if (bits === -1) known[index2] = bits = this.classesOf(index2);
    return bits;
  }
  classBits;
  classesOf(index2) {
    const kind = this.flags[index2] & 3;
    const value = this.value(index2);
    let bits = 1;
    if (/^[0-9]/.test(value)) bits |= 4;
    if (kind === 0) {
      bits |= 2;
      if (/\p{N}/u.test(value) && /\p{L}/u.test(value)) bits |= 8;
      if (/^\p{Lu}/u.test(value)) bits |= 16;
    } else bits |= kind === 1 ? 32 : kind === 2 ? 64 : 128;
    return bits;
  }
  hasWords() {
    return this.flags.some((flags) => (flags & 3) === 0);
  }
};
function tokensOf(tree2, customerName) {
  const nodes = [];
  const norms = [];
  const flags = [];
  const glued = /* @__PURE__ */ new Map();
  let gap = 3;
  let sentenceStart = true;
  let pendingApostrophe;
  let mayQuote = false;
  let lineStartAt = 0;
  visit(tree2.children);
  return mayQuote ? withoutOthersWords(nodes, norms, flags, glued, customerName) : new Tokens(nodes, norms, flags, glued);
  function visit(list) {
    for (const node of list) {
      if (node.type === "SentenceNode") {
        sentenceStart = true;
        visitSentence(node.children);
      } else if (node.type === "ParagraphNode") {
        if (nodes.length > 0) gap = 3;
        visit(node.children);
      } else if (node.type === "WhiteSpaceNode") {
        addGap(node.value);
      } else {
        visitSentence([node]);
      }
    }
  }
  function visitSentence(children) {
    for (const child of children) {
      if (child.type === "WhiteSpaceNode") {
        addGap(child.value);
        continue;
      }
      if (!child.position) continue;
      const value = valueOf(child);
      const kind = child.type === "WordNode" ? 0 : child.type === "PunctuationNode" ? 1 : child.type === "SymbolNode" ? 2 : 3;
      if (kind === 1 && isApostrophe(value)) {
        pendingApostrophe = child.position.start;
        continue;
      }
      if (kind === 0 && child.type === "WordNode" && child.children.length === 2) {
        const [text, stop] = child.children;
        if (text?.type === "TextNode" && stop?.type === "PunctuationNode" && stop.value === "." && endsSentence(text.value)) {
          push(text, 0, normalizeWord(text.value));
          push(stop, 1, ".");
          sentenceStart = true;
          continue;
        }
      }
      push(child, kind, kind === 0 ? normalizeWord(value) : kind === 3 ? "<placeholder>" : value);
    }
  }
  function push(child, kind, norm) {
    if (!mayQuote) {
      if (gap >= 2 || nodes.length === 0) {
        lineStartAt = nodes.length;
        mayQuote = kind !== 0 || norm === "on" || norm === "from" || norm === "begin";
      } else if (norm === ":" && nodes.length - lineStartAt < 12) mayQuote = true;
    }
    if (pendingApostrophe) glued.set(nodes.length, pendingApostrophe);
    nodes.push(child);
    norms.push(norm);
    flags.push(kind | gap << 2 | (sentenceStart ? sentenceBit : 0));
    pendingApostrophe = void 0;
    gap = 0;
    sentenceStart = false;
  }
  function addGap(value) {
    const first = value.indexOf("\n");
    const next = first === -1 ? 1 : value.indexOf("\n", first + 1) === -1 ? 2 : 3;
    if (next > gap) gap = next;
    pendingApostrophe = void 0;
  }
}
var abbreviations2 = new Set(
  "mr mrs ms mx dr prof rev capt sr sra srta dra mme mlle jr st mt ft etc vs approx apt inc ltd co corp dept est fig vol ref tel ext min max incl excl misc ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun hr hrs mins sec secs pt pts qty acct attn govt intl pp cf al viz ca".split(" ")
);
function endsSentence(word3) {
  return word3.length > 1 && /^\p{L}+$/u.test(word3) && !abbreviations2.has(word3.toLowerCase());
}
function withoutOthersWords(nodes, norms, flags, glued, customerName) {
  const view = {
    length: nodes.length,
    norm: (index2) => norms[index2] ?? "",
    value: (index2) => index2 < nodes.length ? valueOf(nodes[index2]) : "",
    kind: (index2) => index2 < nodes.length ? kinds2[flags[index2] & 3] : void 0,
    lineStart: (index2) => (flags[index2] >> 2 & 3) >= 2
  };
  const keep = ownWords(view, firstNames(customerName));
  if (!keep) return new Tokens(nodes, norms, flags, glued);
  const keptNodes = [];
  const keptNorms = [];
  const keptFlags = [];
  const keptGlued = /* @__PURE__ */ new Map();
  let previous = -1;
  for (const index2 of keep) {
    let flag = flags[index2];
    if (index2 !== previous + 1) {
      let gap = flag >> 2 & 3;
      let start = flag & sentenceBit;
      for (let between = previous + 1; between < index2; between++) {
        gap = Math.max(gap, flags[between] >> 2 & 3);
        start |= flags[between] & sentenceBit;
      }
      if (keptNodes.length === 0) gap = 3;
      flag = flag & 3 | gap << 2 | (gap >= 2 ? sentenceBit : start);
    }
    const point2 = glued.get(index2);
    if (point2) keptGlued.set(keptNodes.length, point2);
    keptNodes.push(nodes[index2]);
    keptNorms.push(norms[index2]);
    keptFlags.push(flag);
    previous = index2;
  }
  return new Tokens(keptNodes, keptNorms, keptFlags, keptGlued);
}
function firstNames(customerName) {
  if (customerName === null || customerName === void 0) return [];
  const list = typeof customerName === "string" ? [customerName] : customerName;
  return list.map(
    (name) => normalizeWord(
      String(name).replace(/^[^,]*,\s*/, "").trim().split(/\s+/)[0] ?? ""
    )
  ).filter(Boolean);
}

// bench/_tokens.ts
var tree = unified().use(retextEnglishParser).parse(process.argv[2]);
var t = tokensOf(tree);
var out = [];
for (let i = 0; i < t.length; i++) out.push(`${i}:${t.kind(i)}:${JSON.stringify(t.value(i))}`);
console.log(out.join(" "));

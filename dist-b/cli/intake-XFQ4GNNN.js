import {
  acceptedOrThrow,
  blockTooLong,
  checkXmlProlog,
  checkXmlTree,
  decodeXml,
  deepest,
  defaultIntakeLimits,
  longestBlock,
  readXmlInput,
  takeXmlFile
} from "./chunk-HWWVQCMZ.js";
import "./chunk-56R55J5G.js";
import "./chunk-ZKZ6LJFI.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-T54CWHVJ.js";
import "./chunk-J2IIOPIV.js";
export {
  acceptedOrThrow,
  blockTooLong,
  checkXmlProlog,
  checkXmlTree,
  decodeXml,
  deepest,
  defaultIntakeLimits,
  longestBlock,
  readXmlInput,
  takeXmlFile
};

import {
  releaseThreads,
  transformOnThread,
  transformShares,
  transformThreads
} from "./chunk-4I3R5V4J.js";
import "./chunk-YJAXDVXE.js";
import "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-TCSM6RUB.js";
import "./chunk-J2IIOPIV.js";
export {
  releaseThreads,
  transformOnThread,
  transformShares,
  transformThreads
};

import {
  buildEdition,
  outputPaths
} from "./chunk-YGWZXISR.js";
import {
  buildOutputs
} from "./chunk-DDKTI24A.js";
import "./chunk-R4AKOHHY.js";
import "./chunk-CSM52BRK.js";
import "./chunk-YJAXDVXE.js";
import "./chunk-ZJLYYUJM.js";
import "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import {
  BuildCache
} from "./chunk-NQLUTXVE.js";
import "./chunk-TCSM6RUB.js";
import "./chunk-S4UXEFF5.js";
import "./chunk-XNNTYGFN.js";
import "./chunk-GYKKQXB4.js";
import "./chunk-C7KK3ANL.js";
import "./chunk-RPS2I6FC.js";
import "./chunk-FHX7AUZT.js";
import "./chunk-U4WJMERX.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-VQ3TIYKH.js";
import "./chunk-D75IO3B2.js";
import "./chunk-MB5BZXFZ.js";
import "./chunk-SJIYLXTV.js";
import "./chunk-OUC5V77I.js";
import "./chunk-T54CWHVJ.js";
import "./chunk-J2IIOPIV.js";
export {
  BuildCache,
  buildEdition,
  buildOutputs,
  outputPaths
};

import {
  readConfigured,
  readEdition,
  readRegisters,
  readRules,
  readWitnesses,
  rulesFiles,
  schemaOf
} from "./chunk-XNNTYGFN.js";
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
  readConfigured,
  readEdition,
  readRegisters,
  readRules,
  readWitnesses,
  rulesFiles,
  schemaOf
};

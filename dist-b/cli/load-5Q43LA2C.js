import {
  displayPath,
  loadConfig,
  resolveFromConfig
} from "./chunk-VQ3TIYKH.js";
import "./chunk-D75IO3B2.js";
import {
  defaultConfigFile
} from "./chunk-MB5BZXFZ.js";
import "./chunk-SJIYLXTV.js";
import "./chunk-OUC5V77I.js";
import "./chunk-T54CWHVJ.js";
import "./chunk-J2IIOPIV.js";
export {
  defaultConfigFile,
  displayPath,
  loadConfig,
  resolveFromConfig
};

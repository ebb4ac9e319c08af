import {
  annotate,
  annotateText,
  proposalKinds,
  proposeReview,
  renderReview
} from "./chunk-QI2GOOYI.js";
import "./chunk-47X6PU6O.js";
import "./chunk-NSLVMCY5.js";
import "./chunk-6Q2N5OIY.js";
import "./chunk-RPS2I6FC.js";
import "./chunk-FHX7AUZT.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-D75IO3B2.js";
import "./chunk-SJIYLXTV.js";
import "./chunk-OUC5V77I.js";
import "./chunk-T54CWHVJ.js";
import "./chunk-J2IIOPIV.js";
export {
  annotate,
  annotateText,
  proposalKinds,
  proposeReview,
  renderReview
};

import {
  ReviewApplyError,
  acceptChanges,
  appendToJsonArray,
  rejectChanges,
  reviewId
} from "./chunk-NSLVMCY5.js";
import "./chunk-6Q2N5OIY.js";
import "./chunk-FHX7AUZT.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-OUC5V77I.js";
import "./chunk-J2IIOPIV.js";
export {
  ReviewApplyError,
  acceptChanges,
  appendToJsonArray,
  rejectChanges,
  reviewId
};

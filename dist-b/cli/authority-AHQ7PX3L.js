import {
  authorities,
  authorityTypes,
  checkAuthorities,
  exportCsv,
  importCsv,
  normaliseId
} from "./chunk-47X6PU6O.js";
import "./chunk-6Q2N5OIY.js";
import "./chunk-FHX7AUZT.js";
import "./chunk-DLRF2HJA.js";
import "./chunk-OUC5V77I.js";
import "./chunk-J2IIOPIV.js";
export {
  authorities,
  authorityTypes,
  checkAuthorities,
  exportCsv,
  importCsv,
  normaliseId
};

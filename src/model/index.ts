export * from './position.js';
export * from './inline.js';
export * from './block.js';
export * from './witness.js';
export * from './edition.js';
export * from './header.js';
export * from './register.js';
export * from './review.js';

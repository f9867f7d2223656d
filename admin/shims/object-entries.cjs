// node-polyglot (react-admin's translator) requires the `object.entries` polyfill, which brings
// get-intrinsic, call-bind and friends (about 6 kB gzipped) into the login page. Every browser
// the console supports has Object.entries, so the console's build points it here (vite.config.mts).
module.exports = function entries(object) {
  return Object.entries(object);
};

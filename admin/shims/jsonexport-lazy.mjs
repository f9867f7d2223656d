// ra-core's useListController imports its CSV exporter, and with it jsonexport (about 3 kB
// gzipped), into every list, the inbox included, even where export is off. The console's build
// points `jsonexport/dist/index.js` here (vite.config.mts): the real one is fetched on the first
// export. Same call shapes: (data, callback), (data, options, callback), or a promise.
export default function jsonExport(data, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  const done = import('../../node_modules/jsonexport/dist/index.js').then(
    ({ default: real }) => new Promise((resolve, reject) => real(data, opts ?? {}, (err, csv) => (err ? reject(err) : resolve(csv)))),
  );
  if (cb)
    done.then(
      (csv) => cb(null, csv),
      (err) => cb(err),
    );
  return cb ? undefined : done;
}

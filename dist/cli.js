#!/usr/bin/env node
var __webpack_exports__ = {};
// Edge: the gpu-sweep command (placeholder until the CLI lands).
process.stderr.write('gpu-sweep: the command-line interface is not built yet\n');
process.exitCode = 2;



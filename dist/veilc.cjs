#!/usr/bin/env node
const __veilcBundleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";var import_node_fs=require("node:fs"),import_node_path=require("node:path");var OWN_BUNDLE=["validate"];var command=process.argv[2]??"",here=(0,import_node_path.dirname)((0,import_node_fs.realpathSync)(__filename)),bundle=(0,import_node_path.join)(here,`veilc-${OWN_BUNDLE.includes(command)?command:"all"}.cjs`);require(bundle);

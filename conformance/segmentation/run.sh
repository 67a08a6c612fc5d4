#!/usr/bin/env bash
# Word-boundary F1 of lmip's segmentation against PyThaiNLP, khmer-nltk, LaoNLP and Pyidaungsu on
# lmip's own interface text (see compare.py); fails below MIN_F1 (default 0.75) in any language.
# The segmenters live in a virtual environment made once per requirements file, outside the clone.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../common.sh
. "$here/../common.sh"
venv=$(venv_for segmenters "$here/requirements.txt" "${LMIP_SEGMENTATION_VENV:-}")
bin=$(lmip_bin "$root")
# khmer-nltk logs its model loading on stderr; keep the table.
"$venv/bin/python" "$here/compare.py" "$bin" "$root/locales" "${MIN_F1:-0.75}" 2> >(grep -v "Loaded model" >&2)

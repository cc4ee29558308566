curl -H "Authorization: Bearer sha256~HSlslU4sgft_LTwPQrTbD6AneD_o5DRXGeoJv338TW8" https://api.ocp.acme.internal:6443/apis

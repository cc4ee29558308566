import hvac

client = hvac.Client(url="https://vault.acme.internal:8200", token="hvs.CAESIANFD_vPKY94AcIApBWYh0EooJxfLvWP5zq9ec-l8P0MXXrUPputlD52B94Bi6ovSVFUcBQ5Uu2L0wrtaqEgTrFDU8")

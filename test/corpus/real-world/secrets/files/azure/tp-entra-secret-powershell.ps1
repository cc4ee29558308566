Set-PSUAuthenticationMethod -Type 'OpenIDConnect' -CallbackPath '/auth/oidc' -ClientId 'fa323aaf-e6e0-48e2-bcb2-24c7cfbe3269' -ClientSecret 'IL43Q~UaV1LssgE9qfajkPBx7K889XsGrxMwowTB'

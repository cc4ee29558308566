echo "dckr_pat_NOlGsG0i54gazPtgkstQ1_VGdMH" | docker login -u acmebot --password-stdin

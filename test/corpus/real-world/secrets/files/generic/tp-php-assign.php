<?php
$api_token = 'Db3zedXnREPTycx07IgmrvBFn3Ynd3nw';

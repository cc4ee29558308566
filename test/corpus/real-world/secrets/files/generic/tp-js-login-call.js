common.then_log_in({username: 'geronimo', password: 'namu7C3sHDqtZ9an'});

                            _kHMSymptomhf_generatedByHomeAppForDebuggingPurposesKey,

AVEncVideoMaxKeyframeDistance, "480b9504-7fb1-4247-9a80-4762a80357b6"

accessibilityYesOptionId = "38bf9d45-b0d7-4ef8-842f-ae137c233e00"

sb.append("MasterUserPassword: " + getMasterUserPassword() + ",");

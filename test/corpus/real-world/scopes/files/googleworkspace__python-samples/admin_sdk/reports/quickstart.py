# Copyright 2018 Google LLC
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

# [START admin_sdk_reports_quickstart]
from __future__ import print_function

import os.path

from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow
from googleapiclient.discovery import build

# If modifying these scopes, delete the file token.json.
SCOPES = ['https://www.googleapis.com/auth/admin.reports.audit.readonly']


def main():
  """Shows basic usage of the Admin SDK Reports API.
  Prints the time, email, and name of the last 10 login events in the domain.
  """
  creds = None
  # The file token.json stores the user's access and refresh tokens, and is
  # created automatically when the authorization flow completes for the first
  # time.
  if os.path.exists('token.json'):
    creds = Credentials.from_authorized_user_file('token.json', SCOPES)
  # If there are no (valid) credentials available, let the user log in.
  if not creds or not creds.valid:
    if creds and creds.expired and creds.refresh_token:
      creds.refresh(Request())
    else:
      flow = InstalledAppFlow.from_client_secrets_file(
          'credentials.json', SCOPES
      )
      creds = flow.run_local_server(port=0)
    # Save the credentials for the next run
    with open('token.json', 'w') as token:
      token.write(creds.to_json())

  service = build('admin', 'reports_v1', credentials=creds)

  # Call the Admin SDK Reports API
  print('Getting the last 10 login events')
  results = (
      service.activities()
      .list(userKey='all', applicationName='login', maxResults=10)
      .execute()
  )
  activities = results.get('items', [])

  if not activities:
    print('No logins found.')
  else:
    print('Logins:')
    for activity in activities:
      print(
          '{0}: {1} ({2})'.format(
              activity['id']['time'],
              activity['actor']['email'],
              activity['events'][0]['name'],
          )
      )


if __name__ == '__main__':
  main()
# [END admin_sdk_reports_quickstart]

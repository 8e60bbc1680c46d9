function "Workers/Bundle Validation Reports" {
  input {
    file[] reports
  }
  stack {
    zip.create_archive {
      filename = "validation-reports.zip"
    } as $zip
    foreach ($input.reports) {
      each as $report {
        zip.add_to_archive {
          file = $report
          zip = $zip
        }
      }
    }
    zip.view_contents {
      zip = $zip
    } as $contents
    zip.delete_from_archive {
      filename = "README.txt"
      zip = $zip
    }
    zip.extract {
      zip = $zip
      password = ""
    } as $files
  }
  response = {contents: $contents, files: $files|count}
}

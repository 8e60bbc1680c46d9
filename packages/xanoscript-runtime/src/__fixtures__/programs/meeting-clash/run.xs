run.job "Meeting clash" {
  main = {
    name: "first_clash"
    input: {meetings: [{start: 13, end: 15}, {start: 9, end: 10}, {start: 10, end: 12}, {start: 11, end: 13}]}
  }
}

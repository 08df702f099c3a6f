/* global React, ReactDOM, GraphiQL, document */
// Starts GraphiQL against this server. A token from `login` can be kept in the headers tab:
// {"Authorization": "Bearer …"}.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultQuery = `# 帮扶 Bangfu GraphQL API
# 1. 登录 Sign in, then put the token in the Headers tab: {"Authorization": "Bearer <token>"}
# 2. 重新读取结构 Re-fetch the schema (↻ at the bottom left): it is shown only to those signed in.
mutation {
  login(username: "analyst", password: "bangfu-demo") { token user { username role } }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: true }),
);

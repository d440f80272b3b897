-- Drives Neovim's built-in LSP client (0.7: start_client + buf_attach_client)
-- against the replylint server: read the diagnostics back, apply the quick fix
-- that inserts a thank-you, and read the diagnostics again. Writes JSON.
local file, server, out = os.getenv('REPLY_FILE'), os.getenv('REPLYLINT_SERVER'), os.getenv('RESULT_FILE')
local result = {}

local function finish()
  vim.fn.writefile({vim.fn.json_encode(result)}, out)
  vim.cmd('qa!')
end

local function plain(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message,
      code = d.code or lsp.code, href = (lsp.codeDescription or {}).href})
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum end)
  return list
end

local ok, problem = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local client_id = vim.lsp.start_client({
    name = 'replylint',
    cmd = {'node', server, '--stdio'},
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = {debounce = 50},
  })
  vim.lsp.buf_attach_client(0, client_id)
  vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  result.before = plain(vim.diagnostic.get(0))

  -- The hover over the refusal: its note and alternatives.
  local hovers = vim.lsp.buf_request_sync(0, 'textDocument/hover',
    {textDocument = vim.lsp.util.make_text_document_params(), position = {line = 4, character = 0}}, 10000)
  for _, response in pairs(hovers or {}) do
    if response.result then result.hover = response.result.contents.value end
  end

  local thanks
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if (d.code or ((d.user_data or {}).lsp or {}).code) == 'require-thanks' then thanks = d end
  end
  if not thanks then error('no require-thanks diagnostic') end
  local range = {start = {line = thanks.lnum, character = thanks.col}, ['end'] = {line = thanks.end_lnum, character = thanks.end_col}}
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction',
    {textDocument = vim.lsp.util.make_text_document_params(), range = range, context = {diagnostics = {}}}, 10000)
  local titles, chosen = {}, nil
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if not chosen and action.title:find('^Insert') then chosen = action end
    end
  end
  result.actions = titles
  if not chosen then error('no Insert action') end
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  result.text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      if (d.code or ((d.user_data or {}).lsp or {}).code) == 'require-thanks' then return false end
    end
    return true
  end, 50)
  -- Let a late publish land, then read what the editor shows.
  vim.wait(300)
  result.after = plain(vim.diagnostic.get(0))
end)
if not ok then result.error = tostring(problem) end
finish()

-- Neovim (0.7+) headless: attach `cxlint lsp` to the current buffer with the built-in client,
-- wait for its diagnostics and write them, one JSON object a line, to $CXLINT_NVIM_OUT.
-- The server command is $CXLINT_LSP_CMD, its words separated by a tab.
local out = os.getenv('CXLINT_NVIM_OUT')
local cmd = vim.split(os.getenv('CXLINT_LSP_CMD'), '\t', true)
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'markdown'
local client_id = vim.lsp.start_client({
  name = 'cxlint',
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
  on_exit = function(code) vim.g.cxlint_exit = code end,
})
vim.lsp.buf_attach_client(buf, client_id)
local ok = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local lines = {}
if not ok then
  table.insert(lines, vim.fn.json_encode({ error = 'no diagnostics within 60 s' }))
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(lines, vim.fn.json_encode({
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, source = d.source, code = lsp.code or d.code, message = d.message,
  }))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.g.cxlint_exit ~= nil end, 50)
vim.cmd('qall!')

.class public final Lb/a;
.super Ljava/lang/Object;
.source "SourceFile"
.method public static a(Landroid/app/Application;)V
    .registers 11
    const/4 v0, 0x1
    invoke-static {p0, v0}, Lcom/umeng/commonsdk/UMConfigure;->submitPolicyGrantResult(Landroid/content/Context;Z)V
    const-string v1, "62a3b1c4d5e6f7a8b9c0d1e2"
    const-string v2, "huawei"
    const/4 v3, 0x1
    const/4 v4, 0x0
    move-object v5, p0
    move-object v6, v1
    move-object v7, v2
    move v8, v3
    move-object v9, v4
    invoke-static/range {v5 .. v9}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V
    invoke-static {p0, v0, v0}, La/e/a;->a(Landroid/content/Context;ZZ)V
    invoke-static {p0, v0}, La/e/a;->a(Landroid/content/Context;Z)V
    invoke-static {v0}, La/f/a;->a(Z)V
    invoke-static {v0}, La/c/a;->a(Z)V
    new-instance v1, La/a/a/a$a;
    invoke-direct {v1, p0}, La/a/a/a$a;-><init>(Landroid/content/Context;)V
    invoke-virtual {v1, v2}, La/a/a/a$a;->a(Ljava/lang/String;)La/a/a/a$a;
    const-string v3, "0f3c9b2a71"
    const/4 v4, 0x0
    invoke-static {p0, v3, v4, v1}, La/a/a/a;->a(Landroid/content/Context;Ljava/lang/String;ZLa/a/a/a$a;)V
    invoke-static {p0}, La/h/a;->a(Landroid/content/Context;)V
    new-instance v1, Lb/a$a;
    invoke-direct {v1}, Lb/a$a;-><init>()V
    invoke-static {p0, v1}, La/b/a;->a(Landroid/content/Context;La/b/a$a;)V
    const-string v1, "appid=6a1f3e2b"
    invoke-static {p0, v1}, La/d/a;->a(Landroid/content/Context;Ljava/lang/String;)La/d/a;
    invoke-static {}, Lcom/igexin/sdk/PushManager;->getInstance()Lcom/igexin/sdk/PushManager;
    move-result-object v1
    invoke-virtual {v1, p0}, Lcom/igexin/sdk/PushManager;->initialize(Landroid/content/Context;)V
    const-string v1, "2882303761520123456"
    const-string v2, "5372012345678"
    invoke-static {p0, v1, v2}, La/g/a;->a(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    const-string v1, "wx7c2e4a6b8d0f1e3a"
    invoke-static {p0, v1, v0}, Lcom/tencent/mm/opensdk/openapi/WXAPIFactory;->createWXAPI(Landroid/content/Context;Ljava/lang/String;Z)Lcom/tencent/mm/opensdk/openapi/IWXAPI;
    move-result-object v2
    invoke-interface {v2, v1}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->registerApp(Ljava/lang/String;)Z
    return-void
.end method

.class public Lcom/example/shade/ShadeApp;
.super Landroid/app/Application;
.source "SourceFile"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method
.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "62a3b1c4d5e6f7a8b9c0d1e2"
    const-string v1, "huawei"
    invoke-static {p0, v0, v1}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {p0}, Lb/b;->a(Landroid/content/Context;)Z
    move-result v0
    if-eqz v0, :cond_0
    invoke-static {p0}, Lb/a;->a(Landroid/app/Application;)V
    :cond_0
    return-void
.end method

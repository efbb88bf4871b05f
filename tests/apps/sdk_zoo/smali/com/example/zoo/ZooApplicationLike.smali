.class public Lcom/example/zoo/ZooApplicationLike;
.super Lcom/tencent/tinker/entry/DefaultApplicationLike;
.source "ZooApplicationLike.java"
.method public constructor <init>(Landroid/app/Application;IZJJLandroid/content/Intent;)V
    .registers 9
    invoke-direct/range {p0 .. p8}, Lcom/tencent/tinker/entry/DefaultApplicationLike;-><init>(Landroid/app/Application;IZJJLandroid/content/Intent;)V
    return-void
.end method
.method public onBaseContextAttached(Landroid/content/Context;)V
    .registers 2
    invoke-super {p0, p1}, Lcom/tencent/tinker/entry/DefaultApplicationLike;->onBaseContextAttached(Landroid/content/Context;)V
    invoke-static {p0}, Lcom/tencent/tinker/lib/tinker/TinkerInstaller;->install(Lcom/tencent/tinker/entry/ApplicationLike;)Lcom/tencent/tinker/lib/tinker/Tinker;
    return-void
.end method
.method public onCreate()V
    .registers 3
    invoke-super {p0}, Lcom/tencent/tinker/entry/DefaultApplicationLike;->onCreate()V
    invoke-virtual {p0}, Lcom/example/zoo/ZooApplicationLike;->getApplication()Landroid/app/Application;
    move-result-object v0
    invoke-static {v0}, Lcom/example/zoo/init/SdkBootstrap;->preInit(Landroid/app/Application;)V
    invoke-static {v0}, Lcom/example/zoo/privacy/PrivacyStore;->isAgreed(Landroid/content/Context;)Z
    move-result v1
    if-eqz v1, :wait_for_consent
    invoke-static {v0}, Lcom/example/zoo/init/SdkBootstrap;->initAll(Landroid/app/Application;)V
    :wait_for_consent
    return-void
.end method

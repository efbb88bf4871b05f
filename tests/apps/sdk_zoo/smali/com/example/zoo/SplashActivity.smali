.class public Lcom/example/zoo/SplashActivity;
.super Landroid/app/Activity;
.source "SplashActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    invoke-static {p0}, Lcom/example/zoo/privacy/PrivacyStore;->isAgreed(Landroid/content/Context;)Z
    move-result v0
    if-nez v0, :go_main
    return-void
    :go_main
    invoke-virtual {p0}, Lcom/example/zoo/SplashActivity;->onPrivacyAgreed()V
    return-void
.end method
.method public onPrivacyAgreed()V
    .registers 3
    invoke-static {p0}, Lcom/example/zoo/privacy/PrivacyStore;->setAgreed(Landroid/content/Context;)V
    invoke-virtual {p0}, Lcom/example/zoo/SplashActivity;->getApplication()Landroid/app/Application;
    move-result-object v0
    invoke-static {v0}, Lcom/example/zoo/init/SdkBootstrap;->initAll(Landroid/app/Application;)V
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcom/example/zoo/MainActivity;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Lcom/example/zoo/SplashActivity;->startActivity(Landroid/content/Intent;)V
    invoke-virtual {p0}, Lcom/example/zoo/SplashActivity;->finish()V
    return-void
.end method

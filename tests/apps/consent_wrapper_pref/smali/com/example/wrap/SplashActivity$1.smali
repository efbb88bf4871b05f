.class Lcom/example/wrap/SplashActivity$1;
.super Ljava/lang/Object;
.source "SplashActivity.java"

.implements Landroid/content/DialogInterface$OnClickListener;

.field final synthetic this$0:Lcom/example/wrap/SplashActivity;

.method constructor <init>(Lcom/example/wrap/SplashActivity;)V
    .locals 0
    iput-object p1, p0, Lcom/example/wrap/SplashActivity$1;->this$0:Lcom/example/wrap/SplashActivity;
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public onClick(Landroid/content/DialogInterface;I)V
    .locals 3
    iget-object v0, p0, Lcom/example/wrap/SplashActivity$1;->this$0:Lcom/example/wrap/SplashActivity;
    const-string v1, "user_agree_privacy"
    const/4 v2, 0x1
    invoke-static {v0, v1, v2}, Lcom/example/wrap/util/SpUtils;->putBoolean(Landroid/content/Context;Ljava/lang/String;Z)V
    sput-boolean v2, Lcom/example/wrap/App;->sPrivacyGranted:Z
    invoke-virtual {v0}, Lcom/example/wrap/SplashActivity;->getApplication()Landroid/app/Application;
    move-result-object v1
    check-cast v1, Lcom/example/wrap/App;
    invoke-virtual {v1}, Lcom/example/wrap/App;->initAfterConsent()V
    invoke-virtual {v0}, Lcom/example/wrap/SplashActivity;->goMain()V
    return-void
.end method

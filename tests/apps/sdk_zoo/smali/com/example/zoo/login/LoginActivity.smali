.class public Lcom/example/zoo/login/LoginActivity;
.super Landroid/app/Activity;
.source "LoginActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public loginWithQq()V
    .registers 4
    const-string v0, "101876543"
    const-string v1, "com.example.zoo.fileprovider"
    invoke-static {v0, p0, v1}, Lcom/tencent/tauth/Tencent;->createInstance(Ljava/lang/String;Landroid/content/Context;Ljava/lang/String;)Lcom/tencent/tauth/Tencent;
    move-result-object v0
    const-string v1, "get_simple_userinfo"
    const/4 v2, 0x0
    invoke-virtual {v0, p0, v1, v2}, Lcom/tencent/tauth/Tencent;->login(Landroid/app/Activity;Ljava/lang/String;Lcom/tencent/tauth/IUiListener;)I
    return-void
.end method
.method public sendSmsCode(Ljava/lang/String;)V
    .registers 3
    const-string v0, "86"
    invoke-static {v0, p1}, Lcn/smssdk/SMSSDK;->getVerificationCode(Ljava/lang/String;Ljava/lang/String;)V
    return-void
.end method

.class public Lcom/example/wrap/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.field private static final PERMISSIONS:[Ljava/lang/String;

.method static constructor <clinit>()V
    .locals 3
    const/4 v0, 0x1
    new-array v0, v0, [Ljava/lang/String;
    const/4 v1, 0x0
    const-string v2, "android.permission.CAMERA"
    aput-object v2, v0, v1
    sput-object v0, Lcom/example/wrap/MainActivity;->PERMISSIONS:[Ljava/lang/String;
    return-void
.end method

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 3
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lcom/example/wrap/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v0
    sget-object v1, Lcom/example/wrap/MainActivity;->PERMISSIONS:[Ljava/lang/String;
    const/16 v2, 0x64
    invoke-static {p0, v1, v2}, Landroidx/core/app/ActivityCompat;->requestPermissions(Landroid/app/Activity;[Ljava/lang/String;I)V
    return-void
.end method

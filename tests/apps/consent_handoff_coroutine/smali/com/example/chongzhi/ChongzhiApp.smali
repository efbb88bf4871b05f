.class public final Lcom/example/chongzhi/ChongzhiApp;
.super Landroid/app/Application;
.source "ChongzhiApp.kt"


# static fields
.field public static final Companion:Lcom/example/chongzhi/ChongzhiApp$Companion;

.field private static instance:Lcom/example/chongzhi/ChongzhiApp;


# direct methods
.method static constructor <clinit>()V
    .registers 2

    new-instance v0, Lcom/example/chongzhi/ChongzhiApp$Companion;

    const/4 v1, 0x0

    invoke-direct {v0, v1}, Lcom/example/chongzhi/ChongzhiApp$Companion;-><init>(Lkotlin/jvm/internal/DefaultConstructorMarker;)V

    sput-object v0, Lcom/example/chongzhi/ChongzhiApp;->Companion:Lcom/example/chongzhi/ChongzhiApp$Companion;

    return-void
.end method

.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static final synthetic access$getInstance$cp()Lcom/example/chongzhi/ChongzhiApp;
    .registers 1

    sget-object v0, Lcom/example/chongzhi/ChongzhiApp;->instance:Lcom/example/chongzhi/ChongzhiApp;

    return-object v0
.end method


# virtual methods
.method public onCreate()V
    .registers 1

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/chongzhi/ChongzhiApp;->instance:Lcom/example/chongzhi/ChongzhiApp;

    return-void
.end method
